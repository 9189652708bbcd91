import framework from '../../../content/competencies.json'
import { COMPETENCY_IDS } from '../story/competency-ids'
import { STORY_FIELD_LABELS, STORY_FIELDS, type StoryField } from '../story/fields'

/** Story fields a file column, JSON key or front-matter key can fill. */
export type ImportField = StoryField | 'id' | 'createdAt'
export const IMPORT_FIELDS: readonly ImportField[] = [...STORY_FIELDS, 'id', 'createdAt']

export const TEXT_FIELDS = ['situation', 'task', 'action', 'result', 'learnings'] as const
export type TextField = (typeof TEXT_FIELDS)[number]

/** Lowercase letters and digits only: "Duration (weeks)" → "durationweeks". */
export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
}

const ALIASES: Record<ImportField, string[]> = {
  title: ['title', 'story', 'name', 'storytitle', 'storyname', 'headline'],
  situation: ['situation', 's', 'context', 'background'],
  task: ['task', 't', 'goal', 'objective'],
  action: ['action', 'actions', 'a', 'whatidid'],
  result: ['result', 'results', 'r', 'outcome', 'outcomes'],
  learnings: [
    'learnings',
    'learning',
    'lessons',
    'lessonslearned',
    'lessonslearnt',
    'takeaways',
    'reflection',
  ],
  competencies: [
    'competencies',
    'competency',
    'skills',
    'themes',
    'leadershipprinciples',
    'principles',
    'lps',
  ],
  rejectedCompetencies: ['rejectedcompetencies'],
  tags: ['tags', 'tag', 'labels', 'keywords'],
  company: ['company', 'employer', 'organisation', 'organization', 'client'],
  role: ['role', 'position', 'jobtitle', 'myrole'],
  year: ['year', 'when', 'date'],
  people: ['people', 'teamsize', 'peopleteamsize', 'headcount', 'peopleinvolved', 'numberofpeople'],
  teams: ['teams', 'numberofteams', 'teamcount', 'teamsinvolved'],
  durationWeeks: ['durationweeks', 'duration', 'weeks', 'durationinweeks', 'length'],
  reach: ['reach', 'scope', 'scopeofimpact'],
  metrics: ['metrics', 'metric', 'impact', 'numbers', 'kpis', 'kpi'],
  shortVersion: ['shortversion', '30secondversion', 'thirtysecondversion', 'elevatorpitch', 'tldr'],
  questions: ['questions', 'question', 'interviewquestions', 'questionsthisstoryanswers'],
  id: ['id', 'storyid'],
  createdAt: ['createdat', 'created'],
}

const FIELD_BY_KEY = new Map<string, ImportField>(
  IMPORT_FIELDS.flatMap((field) => ALIASES[field].map((alias) => [alias, field] as const)),
)

/** Maps a column header, JSON key or front-matter key to a story field, or null when unknown. */
export function fieldForHeader(header: string): ImportField | null {
  const exact = FIELD_BY_KEY.get(headerKey(header))
  if (exact) return exact
  // "Metrics/Impact", "Story / Title": either half may name the field.
  for (const part of header.split(/[/|]/)) {
    const field = FIELD_BY_KEY.get(headerKey(part))
    if (field) return field
  }
  return null
}

/** Words a spreadsheet column or a list item may use for each competency, besides its id and name. */
const COMPETENCY_ALIASES: Record<string, string[]> = {
  ambiguity: ['ambiguous', 'embracingambiguity', 'dealingwithambiguity', 'uncertainty'],
  partnerships: ['partnership', 'partners', 'crossteam', 'crossfunctional', 'collaboration', 'earntrust'],
  ownership: ['owner', 'accountability'],
  leadership: ['mentorship', 'mentoring', 'mentor', 'hireanddevelopthebest', 'developingothers', 'coaching'],
  blockers: ['blocker', 'overcomingobstacles', 'obstacles', 'biasforaction'],
  conflict: ['resolvingconflict', 'disagreement', 'disagreeandcommit', 'havebackbonedisagreeandcommit'],
  failure: ['failures', 'mistake', 'mistakes', 'setback'],
  prioritization: ['prioritisation', 'priorities', 'tradeoffs', 'frugality'],
  customer: ['customerobsession', 'customerfocus', 'customers', 'users'],
  delivery: ['deliverresults', 'drivingresults', 'execution', 'results'],
  influence: ['influencing', 'persuasion', 'communicatingeffectively', 'communication'],
  growth: ['growingcontinuously', 'learnandbecurious', 'learning', 'selfimprovement'],
}

const COMPETENCY_BY_KEY = new Map<string, string>()
for (const competency of framework.competencies) {
  COMPETENCY_BY_KEY.set(headerKey(competency.id), competency.id)
  COMPETENCY_BY_KEY.set(headerKey(competency.name), competency.id)
}
for (const [id, aliases] of Object.entries(COMPETENCY_ALIASES)) {
  if (!COMPETENCY_IDS.includes(id)) continue
  for (const alias of aliases) if (!COMPETENCY_BY_KEY.has(alias)) COMPETENCY_BY_KEY.set(alias, id)
}

/**
 * "Leadership and mentorship", "Leadership & Mentorship", "Mentoring", "Conflict resolution" →
 * the competency id; null when unknown or when the words point at two different competencies.
 */
export function matchCompetency(label: string): string | null {
  const spelled = label.replace(/&/g, ' and ')
  const exact = COMPETENCY_BY_KEY.get(headerKey(spelled))
  if (exact) return exact
  const ids = new Set(
    spelled
      .split(/[^\p{L}\p{N}]+/u)
      .map((word) => COMPETENCY_BY_KEY.get(headerKey(word)))
      .filter((id): id is string => id !== undefined),
  )
  return ids.size === 1 ? ([...ids][0] ?? null) : null
}

/** Where a spreadsheet column goes: a field, a competency (matrix column), a tag named after it, or nowhere. */
export type MappingTarget = ImportField | `competency:${string}` | 'tag' | 'ignore'

export function isMappingTarget(value: string): value is MappingTarget {
  if (value === 'tag' || value === 'ignore') return true
  if (value.startsWith('competency:')) return COMPETENCY_IDS.includes(value.slice('competency:'.length))
  return (IMPORT_FIELDS as readonly string[]).includes(value)
}

export const FIELD_LABELS: Record<ImportField, string> = {
  ...STORY_FIELD_LABELS,
  id: 'ID',
  createdAt: 'Created',
}

/** A field's label for a story key, or the key itself when it is not a field. */
export function labelOfKey(key: string): string {
  return key in FIELD_LABELS ? FIELD_LABELS[key as ImportField] : key
}
