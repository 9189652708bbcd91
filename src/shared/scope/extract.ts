import { REACH_LEVELS, reachRank, type Reach } from '../story/levels'
import type { StoryFields } from '../story/schema'
import { applyMagnitude, COUNT, parseCount } from './numbers'
import { namedTeams, reachOf } from './reach-words'

/** Scope facts read from a story's words, with the phrases they came from. */
export interface TextScope {
  reach: Reach | null
  people: number | null
  teams: number | null
  durationWeeks: number | null
  /** Largest amount of money mentioned ("$1.2M a year" → 1,200,000). */
  money: number | null
  /** Largest count of users or customers mentioned ("2M users"). */
  users: number | null
  /** The phrases the facts were read from, as written (lower-cased). */
  evidence: string[]
}

/** Lower-case, hyphens and dashes to spaces, one space between words: "6-month" → "6 month". */
export function scopeText(story: Partial<StoryFields>): string {
  return [
    story.title,
    story.situation,
    story.task,
    story.action,
    story.result,
    story.learnings,
    ...(story.metrics ?? []),
  ]
    .filter(Boolean)
    .join(' . ')
    .toLowerCase()
    .replace(/\b(team|squad)['’]s\b/g, '$1')
    .replace(/[’']/g, '')
    .replace(/[-‐‑–—_/]+/g, ' ')
    .replace(/\s+/g, ' ')
}

const PEOPLE_NOUNS =
  '(?:engineers?|developers?|devs|people|persons|folks|ppl|direct reports|ics|(?:team )?members|designers?|pms|product managers|sres|teammates|contributors|interns|new hires|hires|analysts|scientists|testers|qa engineers|managers|tech leads|leads|employees|staff|volunteers|consultants|contractors)'
const TEAM_NOUNS =
  '(?:teams?|squads?|groups?|orgs|organi[sz]ations|departments?|divisions?|business units?|pods?|tribes?|product areas?|product lines?|studios?)'
/** Up to two describing words between a count and its noun ("3 senior backend engineers"), never a joint. */
const FILLER =
  '(?:(?!(?:and|or|but|of|with|to|from|in|on|at|the|were|was|are|is|had|have|who|that|per)\\b)[a-z]+ ){0,2}?'

const PEOPLE_PATTERNS = [
  new RegExp(`\\b(${COUNT}) ${FILLER}${PEOPLE_NOUNS}\\b`, 'g'),
  new RegExp(`\\bteam of (?:about |around |roughly |nearly |over )?(${COUNT})\\b`, 'g'),
  new RegExp(`\\b(${COUNT}) (?:person|people|strong|engineer|member|dev) (?:team|squad|group|org)\\b`, 'g'),
]
/** "6 person team" is one team of six, not six teams. */
const TEAM_SIZE_WORD = '(?!(?:person|people|strong|engineer|member|dev|developer|man)\\b)'
const TEAM_PATTERN = new RegExp(`\\b(${COUNT}) ${TEAM_SIZE_WORD}${FILLER}${TEAM_NOUNS}\\b`, 'g')

const DURATION_UNITS: Record<string, number> = {
  hour: 1 / 40,
  night: 0.15,
  evening: 0.1,
  afternoon: 0.1,
  day: 1 / 5,
  weekend: 0.3,
  week: 1,
  sprint: 2,
  month: 52 / 12,
  quarter: 13,
  half: 26,
  year: 52,
}
const LONG_UNIT = '(weeks?|sprints?|months?|quarters?|years?)'
const SHORT_UNIT = '(nights?|evenings?|afternoons?|days?|weekends?)'
const AMOUNT =
  '(?: the| a| an)?(?: about| roughly| nearly| almost| around| over| just| only| under| less than| more than)?'
// Hours and minutes are left out: in stories they are nearly always results ("deploys in 3 hours").
// Short spans need a word that makes them the story's length ("over 2 days"), not an SLA ("within 2 days").
const DURATION_PATTERNS = [
  new RegExp(
    `\\b(?:over|for|across|took|within|in|spent|spending|lasting|lasted|about|nearly|almost|around|roughly|full|next|following|past|last|during|another|after)${AMOUNT} (${COUNT}) ${LONG_UNIT}\\b`,
    'g',
  ),
  new RegExp(
    `\\b(?:over|for|took|spent|spending|lasting|lasted|across)${AMOUNT} (${COUNT}) ${SHORT_UNIT}\\b`,
    'g',
  ),
  // A deadline's distance is how long the work had: "the date was 10 months out".
  new RegExp(`\\b(${COUNT}) ${LONG_UNIT} (?:out|away)\\b`, 'g'),
  new RegExp(
    `\\b(${COUNT}) (${LONG_UNIT.slice(1, -1)}|${SHORT_UNIT.slice(1, -1)}) (?:long )?(?:project|effort|migration|initiative|program|programme|rollout|push|engagement|journey|rewrite|overhaul|roadmap|plan|investigation|incident)\\b`,
    'g',
  ),
]
const FIXED_DURATIONS: Array<[RegExp, number]> = [
  [/\b(?:over|in|during|one|a|that|single|the) (?:single |long )?weekend\b/g, 0.3],
  [/\bovernight\b/g, 0.15],
  [/\b(?:in|within) (?:an|one|a single) (?:afternoon|evening|day)\b/g, 0.2],
  [/\bhalf (?:a|the) year\b/g, 26],
  [/\b(?:a|one|two|three|four) (?:fiscal |calendar )?(?:halves|half)\b/g, 26],
]

function maxOf(current: number | null, next: number | null): number | null {
  if (next === null || !Number.isFinite(next)) return current
  return current === null ? next : Math.max(current, next)
}

function collectCounts(text: string, pattern: RegExp, evidence: string[]): number | null {
  let best: number | null = null
  for (const match of text.matchAll(pattern)) {
    const word = match[1] ?? ''
    // A bare "a"/"an" says "one of", not a count: "a senior engineer" is not a team of one.
    if (word === 'a' || word === 'an') continue
    const n = parseCount(word)
    if (n === null || n < 1) continue
    best = maxOf(best, n)
    evidence.push(match[0])
  }
  return best
}

function durationOf(text: string, evidence: string[]): number | null {
  let best: number | null = null
  for (const pattern of DURATION_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const n = parseCount(match[1] ?? '')
      const unit = (match[2] ?? '').replace(/s$/, '')
      const perUnit = DURATION_UNITS[unit]
      if (n === null || perUnit === undefined) continue
      best = maxOf(best, n * perUnit)
      evidence.push(match[0])
    }
  }
  for (const [pattern, weeks] of FIXED_DURATIONS) {
    for (const match of text.matchAll(pattern)) {
      best = maxOf(best, weeks)
      evidence.push(match[0])
    }
  }
  return best === null ? null : Math.round(best * 10) / 10
}

const MONEY = /(?:[$€£]|usd ?|eur ?)(\d[\d,]*(?:\.\d+)?) ?(k|mm|mn|m|bn|b|million|billion|thousand)?\b/g
const MONEY_WORDS =
  /\b(\d[\d,]*(?:\.\d+)?) ?(k|m|million|billion|thousand)? (?:dollars|usd|euros|eur|pounds|gbp)\b/g
const USERS =
  /\b(\d[\d,]*(?:\.\d+)?) ?(k|mm|m|b|million|billion|thousand)?\+? (?:(?:daily|monthly|active|paying|enterprise|end|internal|mobile) ){0,2}(?:users|customers|merchants|accounts|clients|sellers|drivers|riders|subscribers|players|patients|students|devices|stores|businesses|shoppers|visitors|listeners|viewers|developers using)\b/g

function amountOf(text: string, patterns: RegExp[], evidence: string[]): number | null {
  let best: number | null = null
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const value = Number((match[1] ?? '').replace(/,/g, ''))
      if (!Number.isFinite(value)) continue
      best = maxOf(best, applyMagnitude(value, match[2]))
      evidence.push(match[0])
    }
  }
  return best
}

export function extractScope(story: Partial<StoryFields>): TextScope {
  const text = scopeText(story)
  const evidence: string[] = []
  let people: number | null = null
  for (const pattern of PEOPLE_PATTERNS) people = maxOf(people, collectCounts(text, pattern, evidence))
  const named = namedTeams(text, evidence)
  const teams = maxOf(collectCounts(text, TEAM_PATTERN, evidence), named >= 2 ? named : null)
  const durationWeeks = durationOf(text, evidence)
  const money = amountOf(text, [MONEY, MONEY_WORDS], evidence)
  const users = amountOf(text, [USERS], evidence)
  let reach = reachOf(text, evidence)
  if (teams !== null && teams >= 2 && (reach === null || reachRank(reach) < reachRank('multi-team'))) {
    reach = 'multi-team'
  }
  return { reach, people, teams, durationWeeks, money, users, evidence: [...new Set(evidence)] }
}

export { REACH_LEVELS }
