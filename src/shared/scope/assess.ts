import { rubricFor, type LevelRubric } from '../content/scope-rubric'
import { reachRank, type Reach, type TargetLevel } from '../story/levels'
import type { StoryFields } from '../story/schema'
import { hasMetric } from '../strength/measures'
import { extractScope } from './extract'
import { expectedReach, formatAmount, formatWeeks, LEVEL_WORDS, REACH_WORDS } from './wording'

export interface ScopeAssessment {
  reach: Reach | null
  people: number | null
  teams: number | null
  durationWeeks: number | null
  /** True when any of the facts above were read from the story's text rather than its scope fields. */
  fromText: boolean
  smallForLevel: boolean
  /** Why it is (or is not) small for the level, in plain words. */
  reasons: string[]
  /** What would make the story fit the level. */
  fixes: string[]
  /** Largest amount of money and count of users the text mentions, for impact. */
  money: number | null
  users: number | null
  /** The phrases in the text the facts were read from. */
  evidence: string[]
}

/** Money or users at this size are named as large impact in the reasons; impact is not reach. */
const BIG_MONEY = 1_000_000
const BIG_USERS = 1_000_000
/**
 * Read from text, a span of days ("over a weekend") is the whole story; longer ones ("shipped in 2
 * weeks") are as often one step of it, so only the days count as brief.
 */
const TEXT_BRIEF_WEEKS = 1

/** What the counts alone say about reach, when the story never says it in words. */
function reachFromCounts(teams: number | null, people: number | null): Reach | null {
  if (teams !== null && teams >= 5) return 'org'
  if (teams !== null && teams >= 2) return 'multi-team'
  if (people !== null && people >= 50) return 'org'
  if (people !== null && people >= 15) return 'multi-team'
  if (teams === 1 || (people !== null && people >= 2)) return 'team'
  if (people === 1) return 'individual'
  return null
}

function higher(a: Reach | null, b: Reach | null): Reach | null {
  if (a === null) return b
  if (b === null) return a
  return reachRank(a) >= reachRank(b) ? a : b
}

export function assessScope(
  story: StoryFields,
  level: TargetLevel,
  rubric: LevelRubric = rubricFor(level),
): ScopeAssessment {
  const text = extractScope(story)
  const people = story.people ?? text.people
  const teams = story.teams ?? text.teams
  const durationWeeks = story.durationWeeks ?? text.durationWeeks
  const statedReach = story.reach ?? text.reach
  // A stated reach is the person's word; counts only ever raise it ("3 teams" is multi-team whatever it says).
  const reach = higher(statedReach, reachFromCounts(teams, story.reach ? null : people))
  const fromText =
    (story.people === null && text.people !== null) ||
    (story.teams === null && text.teams !== null) ||
    (story.durationWeeks === null && text.durationWeeks !== null) ||
    (story.reach === null && reach !== null)

  const levelName = LEVEL_WORDS[level]
  const reasons: string[] = []
  const fixes: string[] = []
  const bigImpact = (text.money ?? 0) >= BIG_MONEY || (text.users ?? 0) >= BIG_USERS
  const required = reachRank(rubric.reach)
  let small: boolean

  if (reach !== null) {
    small = reachRank(reach) < required
    // Just at the level's reach, a very short or very small effort still reads as a smaller story.
    const atTheEdge = !small && reachRank(reach) === required && required >= reachRank('multi-team')
    const brief =
      story.durationWeeks !== null
        ? story.durationWeeks < rubric.durationWeeks / 4
        : durationWeeks !== null && durationWeeks < TEXT_BRIEF_WEEKS
    if (atTheEdge && brief) {
      small = true
      reasons.push(
        `Reach is ${REACH_WORDS[reach]}, but it lasted only ${formatWeeks(durationWeeks ?? 0)}; ${levelName} stories usually ${expectedReach(rubric)} for ${formatWeeks(rubric.durationWeeks)} or more.`,
      )
      fixes.push('Show the bigger arc: the months of work around it and the people and teams it changed.')
    } else if (small) {
      reasons.push(`Reach is ${REACH_WORDS[reach]}; ${levelName} stories usually ${expectedReach(rubric)}.`)
      fixes.push('Say how many teams depended on this or changed how they work because of it.')
      fixes.push(
        'If the work really stayed in one place, lead with a bigger story for this level and keep this one as a backup.',
      )
    } else {
      reasons.push(`Reach is ${REACH_WORDS[reach]}, which fits ${levelName}.`)
    }
  } else if (required >= reachRank('multi-team')) {
    small = true
    reasons.push(
      `The story doesn't say how far it reached; ${levelName} stories usually ${expectedReach(rubric)}.`,
    )
    fixes.push('Say how many teams were involved or affected (e.g. "across 4 teams").')
  } else {
    small = false
    reasons.push(
      `The story doesn't say how many people it involved; ${levelName} stories usually ${expectedReach(rubric)}.`,
    )
  }

  // Levels whose reach is one team are judged on the size of that team.
  if (
    rubric.reach === 'team' &&
    people !== null &&
    people < rubric.people &&
    !(reach && reachRank(reach) > required)
  ) {
    small = true
    reasons.push(
      `It involved ${people} ${people === 1 ? 'person' : 'people'}; ${levelName} stories usually involve ${rubric.people} or more.`,
    )
    fixes.push(`Say who else took part: the ${rubric.people}+ people whose work you shaped.`)
  }
  if (people === null) fixes.push('Say how many people were involved (e.g. "led 6 engineers").')

  if (durationWeeks !== null && durationWeeks < rubric.durationWeeks / 3) {
    reasons.push(
      `It ran ${formatWeeks(durationWeeks)}; ${levelName} stories usually run ${formatWeeks(rubric.durationWeeks)} or more.`,
    )
    fixes.push('Show the longer arc: what led up to it and what changed in the months after.')
  } else if (durationWeeks === null) {
    fixes.push(`Say how long it ran (e.g. "over two quarters").`)
  }

  if (bigImpact) {
    const parts = [
      text.money ? `$${formatAmount(text.money)}` : '',
      text.users ? `${formatAmount(text.users)} users` : '',
    ]
    reasons.push(`Impact is large (${parts.filter(Boolean).join(', ')}).`)
  } else if (text.money === null && text.users === null && !hasMetric(story)) {
    fixes.push('Put a number on the impact: money saved, users reached, time cut.')
  }

  if (fromText && text.evidence.length > 0) {
    reasons.push(
      `Read from the story's words: ${text.evidence
        .slice(0, 4)
        .map((e) => `"${e}"`)
        .join(', ')}.`,
    )
  }

  return {
    reach,
    people,
    teams,
    durationWeeks,
    fromText,
    smallForLevel: small,
    reasons,
    fixes: small ? fixes : fixes.filter((f) => !f.startsWith('If the work')),
    money: text.money,
    users: text.users,
    evidence: text.evidence,
  }
}
