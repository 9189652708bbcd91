import { z } from 'zod'
import { lenses } from '../content/lenses'
import { REACH_LEVELS, type Reach } from '../story/levels'
import { StoryFieldsSchema, StoryIdSchema } from '../story/schema'
import { FIELD_LABELS, headerKey, labelOfKey, matchCompetency, TEXT_FIELDS, type ImportField } from './fields'
import type { ImportedStory, ImportIssue, ParseOutcome } from './types'

/** A record as read from a file, keyed by story field, values not yet checked. */
export type RawRecord = Partial<Record<ImportField, unknown>>

export interface Coerced {
  story: ImportedStory | null
  errors: ImportIssue[]
  warnings: string[]
}

type Coercion<T> = { value: T } | { error: string }

/** Questions on one line are separated by " | " (CSV cells, front-matter text). */
export const QUESTION_SEPARATOR = / \| /

/*
 * Lenient coercions, because files come from spreadsheets and notes written by people:
 * - numbers may arrive as text: year "2023" or "May 2023" → 2023; people "1,200" / "~40" / "2k" → 1200 / 40 / 2000;
 * - duration may carry a unit: "6 months" → 26 weeks, "1 year" → 52, "10 days" → 2 (no unit = weeks);
 * - lists may be one text: tags and competencies split on commas, semicolons or line breaks, metrics on
 *   line breaks (or semicolons when on one line); list items are trimmed and empty ones dropped;
 * - competencies are matched by id, name or a common synonym; an unknown one is kept as a tag (with a warning);
 * - reach accepts "multi team", "organisation", "company-wide"…
 * - questions (the ones a story answers) are a list: one per line, or on one line separated by " | "
 *   (a question may hold commas); the 30-second version is text like the STAR fields.
 * Text fields are kept exactly as given (only the title is trimmed, by the story schema).
 */

function asText(value: unknown): Coercion<string> {
  if (value === undefined || value === null) return { value: '' }
  if (typeof value === 'string') return { value }
  if (typeof value === 'number' || typeof value === 'boolean') return { value: String(value) }
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return { value: value.join('\n') }
  return { error: 'must be text' }
}

/** Framework names with a comma of their own ("Are Right, A Lot"): a list is never split inside one. */
const NAMES_WITH_COMMAS = lenses
  .flatMap((lens) => lens.items.map((item) => item.name))
  .filter((name) => name.includes(','))
  .map((name) => new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/,\s*/g, ',\\s*'), 'gi'))

/** One text becomes a list: by line when it has line breaks, else by the given separators. */
export function splitList(text: string, separators: RegExp): string[] {
  if (/\n/.test(text))
    return text
      .split(/\r?\n/)
      .map((part) => part.trim())
      .filter(Boolean)
  const kept: string[] = []
  let guarded = text
  for (const name of NAMES_WITH_COMMAS) {
    guarded = guarded.replace(name, (found) => `\uE000${kept.push(found) - 1}\uE000`)
  }
  return guarded
    .split(separators)
    .map((part) => part.replace(/\uE000(\d+)\uE000/g, (_, i: string) => kept[Number(i)] ?? '').trim())
    .filter(Boolean)
}

function asList(value: unknown, separators: RegExp): Coercion<string[]> {
  if (value === undefined || value === null || value === '') return { value: [] }
  if (typeof value === 'string') return { value: splitList(value, separators) }
  if (typeof value === 'number') return { value: [String(value)] }
  if (Array.isArray(value)) {
    const items: string[] = []
    for (const item of value) {
      if (typeof item === 'string' || typeof item === 'number') items.push(...splitList(String(item), /\n/))
      else if (item !== null && item !== undefined) return { error: 'must be a list of texts' }
    }
    return { value: items }
  }
  return { error: 'must be a list of texts' }
}

function firstNumber(text: string): { n: number; rest: string } | null {
  const match = /(\d[\d,_' ]*(?:\.\d+)?)\s*([kKmM](?![a-z]))?(.*)$/s.exec(text)
  if (!match?.[1]) return null
  const digits = match[1].replace(/[,_' ]/g, '')
  const scale = match[2] ? (match[2].toLowerCase() === 'k' ? 1_000 : 1_000_000) : 1
  return { n: Number(digits) * scale, rest: match[3] ?? '' }
}

export function asCount(value: unknown): Coercion<number | null> {
  if (value === undefined || value === null || value === '') return { value: null }
  if (typeof value === 'number')
    return Number.isFinite(value) ? { value: Math.round(value) } : { error: 'must be a number' }
  if (typeof value !== 'string') return { error: 'must be a number' }
  if (!value.trim()) return { value: null }
  const found = firstNumber(value)
  return found ? { value: Math.round(found.n) } : { error: `"${value.slice(0, 40)}" is not a number` }
}

export function asYear(value: unknown): Coercion<number | null> {
  if (value === undefined || value === null || value === '') return { value: null }
  if (typeof value === 'number') return { value }
  if (typeof value !== 'string') return { error: 'must be a year like 2023' }
  if (!value.trim()) return { value: null }
  const match = /(?<!\d)(1[89]\d\d|2[01]\d\d)(?!\d)/.exec(value)
  return match?.[1]
    ? { value: Number(match[1]) }
    : { error: `"${value.slice(0, 40)}" is not a year like 2023` }
}

const WEEKS_PER_UNIT: Array<[RegExp, number]> = [
  [/^\s*(d|day|days)\b/i, 1 / 7],
  [/^\s*(w|wk|wks|week|weeks)\b/i, 1],
  [/^\s*(mo|mos|mth|mths|month|months)\b/i, 52 / 12],
  [/^\s*(q|qtr|quarter|quarters)\b/i, 13],
  [/^\s*(y|yr|yrs|year|years)\b/i, 52],
]

export function asWeeks(value: unknown): Coercion<number | null> {
  if (typeof value !== 'string') return asCount(value)
  if (!value.trim()) return { value: null }
  const found = firstNumber(value)
  if (!found) return { error: `"${value.slice(0, 40)}" is not a duration like "6 weeks" or "3 months"` }
  const unit = WEEKS_PER_UNIT.find(([pattern]) => pattern.test(found.rest))?.[1] ?? 1
  return { value: Math.max(found.n > 0 ? 1 : 0, Math.round(found.n * unit)) }
}

const REACH_ALIASES: Record<string, Reach> = {
  me: 'individual',
  self: 'individual',
  solo: 'individual',
  personal: 'individual',
  crossteam: 'multi-team',
  severalteams: 'multi-team',
  multipleteams: 'multi-team',
  organisation: 'org',
  organization: 'org',
  division: 'org',
  department: 'org',
  companywide: 'company',
  global: 'company',
}

function asReach(value: unknown): Coercion<Reach | null> {
  if (value === undefined || value === null || value === '') return { value: null }
  if (typeof value !== 'string') return { error: `must be one of ${REACH_LEVELS.join(', ')}` }
  const key = headerKey(value)
  if (!key) return { value: null }
  const level = REACH_LEVELS.find((r) => headerKey(r) === key) ?? REACH_ALIASES[key]
  return level
    ? { value: level }
    : { error: `"${value.slice(0, 40)}" is not one of ${REACH_LEVELS.join(', ')}` }
}

function coerceRecord(raw: RawRecord, record: string): Coerced {
  const errors: ImportIssue[] = []
  const warnings: string[] = []
  const titleText = asText(raw.title)
  const title = 'value' in titleText ? titleText.value.trim() : ''
  const candidate: Record<string, unknown> = {}
  const take = <T>(field: ImportField, coerced: Coercion<T>): T | undefined => {
    if ('error' in coerced) {
      errors.push({ record, title, field: FIELD_LABELS[field], message: coerced.error })
      return undefined
    }
    return coerced.value
  }

  candidate.title = take('title', titleText)
  for (const field of TEXT_FIELDS) candidate[field] = take(field, asText(raw[field]))
  for (const field of ['company', 'role'] as const) candidate[field] = take(field, asText(raw[field]))
  candidate.tags = take('tags', asList(raw.tags, /[,;]/))
  candidate.metrics = take('metrics', asList(raw.metrics, /;/))
  candidate.shortVersion = take('shortVersion', asText(raw.shortVersion))
  candidate.questions = take('questions', asList(raw.questions, QUESTION_SEPARATOR))
  for (const field of ['competencies', 'rejectedCompetencies'] as const) {
    const labels = take(field, asList(raw[field], /[,;|]/)) ?? []
    const ids: string[] = []
    for (const label of labels) {
      const id = matchCompetency(label)
      if (id) {
        if (!ids.includes(id)) ids.push(id)
      } else if (field === 'competencies') {
        ;(candidate.tags as string[] | undefined)?.push(label)
        warnings.push(`${record}: "${label}" is not one of the app's competencies; it was kept as a tag.`)
      }
    }
    candidate[field] = ids
  }
  candidate.year = take('year', asYear(raw.year))
  candidate.people = take('people', asCount(raw.people))
  candidate.teams = take('teams', asCount(raw.teams))
  candidate.durationWeeks = take('durationWeeks', asWeeks(raw.durationWeeks))
  candidate.reach = take('reach', asReach(raw.reach))

  const parsed = StoryFieldsSchema.safeParse(candidate)
  if (!parsed.success) {
    const already = new Set(errors.map((e) => e.field))
    for (const issue of parsed.error.issues) {
      const field = labelOfKey(String(issue.path[0] ?? ''))
      if (!already.has(field)) errors.push({ record, title, field, message: issue.message })
    }
  }
  if (errors.length > 0 || !parsed.success) return { story: null, errors, warnings }

  const story: ImportedStory = parsed.data
  const id = typeof raw.id === 'string' ? raw.id.trim() : ''
  if (id) {
    if (StoryIdSchema.safeParse(id).success) story.id = id
    else warnings.push(`${record}: the id "${id.slice(0, 40)}" is not usable; the story gets a new one.`)
  }
  if (typeof raw.createdAt === 'string' && z.iso.datetime().safeParse(raw.createdAt).success) {
    story.createdAt = raw.createdAt
  }
  return { story, errors, warnings }
}

/** Coerces one record and adds what came of it (story, errors, warnings) to `outcome`. */
export function addRecord(outcome: ParseOutcome, raw: RawRecord, record: string): void {
  const coerced = coerceRecord(raw, record)
  outcome.errors.push(...coerced.errors)
  outcome.warnings.push(...coerced.warnings)
  if (coerced.story) {
    outcome.stories.push(coerced.story)
    outcome.labels.push(record)
  }
}
