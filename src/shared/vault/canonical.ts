import type { z } from 'zod'
import { isCompetencyId } from '../story/competency-ids'
import { REACH_LEVELS } from '../story/levels'
import { LIMITS, NUMBER_RANGES } from '../story/limits'
import { StorySchema } from '../story/schema'
import {
  OwnQuestionSchema,
  PRACTICE_RATINGS,
  PracticeCardSchema,
  PracticeEntrySchema,
} from '../practice/schema'

/**
 * Quick checks for the vault's many small items (stories, own questions, practice cards and history
 * entries), for opening a large vault. An item passes only when it is exactly what its schema would
 * output for it: every field present, in the schema's order, nothing to trim, default or strip, every
 * value valid. Such an item can be used as read, without the schema copying it. Anything else — an
 * older file, a hand edit, a bad value — returns false, and the caller parses it with the schema,
 * which gives the same clear message as ever. (test/shared/vault/canonical.test.ts checks that every
 * item passing here parses to itself.)
 */
type Check = (value: unknown) => boolean

// The exact pattern zod checks ISO datetimes with, taken from the schema itself.
const DATETIME = PracticeEntrySchema.shape.at._zod.pattern
const ID = /^[A-Za-z0-9_-]+$/

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const text =
  (max: number): Check =>
  (value) =>
    typeof value === 'string' && value.length <= max
/** A string the schema trims and requires: already trimmed, not empty. */
const trimmed =
  (max: number): Check =>
  (value) =>
    typeof value === 'string' && value.length >= 1 && value.length <= max && value.trim() === value
const id: Check = (value) =>
  typeof value === 'string' && value.length >= 1 && value.length <= 64 && ID.test(value)
const datetime: Check = (value) => typeof value === 'string' && DATETIME !== undefined && DATETIME.test(value)
const number =
  (min: number, max = Infinity): Check =>
  (value) =>
    typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max
const integer =
  (min: number, max = Number.MAX_SAFE_INTEGER): Check =>
  (value) =>
    typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max
const nullable =
  (check: Check): Check =>
  (value) =>
    value === null || check(value)
const oneOf =
  (values: readonly string[]): Check =>
  (value) =>
    typeof value === 'string' && values.includes(value)
const list =
  (max: number, item: Check): Check =>
  (value) =>
    Array.isArray(value) && value.length <= max && value.every(item)
const competencyIds = list(LIMITS.listItems, (value) => typeof value === 'string' && isCompetencyId(value))
const whole = (field: keyof typeof NUMBER_RANGES) =>
  nullable(integer(NUMBER_RANGES[field].min, NUMBER_RANGES[field].max))

/**
 * An item check from its fields' checks, in the schema's order. If the schema's fields ever differ
 * from these (a field added or moved), nothing passes and every item goes through the schema.
 */
function shape(schema: z.ZodObject, fields: ReadonlyArray<readonly [string, Check]>): Check {
  const keys = fields.map(([key]) => key)
  const expected = Object.keys(schema.shape)
  if (keys.join('\n') !== expected.join('\n')) return () => false
  const checks = fields.map(([, check]) => check)
  return (value) => {
    if (!isObject(value)) return false
    const actual = Object.keys(value)
    if (actual.length !== keys.length) return false
    for (let i = 0; i < keys.length; i++) {
      if (actual[i] !== keys[i] || !(checks[i] as Check)(value[keys[i] as string])) return false
    }
    return true
  }
}

const longText = text(LIMITS.longText)
const shortText = text(LIMITS.shortText)

export const isCanonicalStory = shape(StorySchema, [
  ['title', trimmed(LIMITS.title)],
  ['situation', longText],
  ['task', longText],
  ['action', longText],
  ['result', longText],
  ['learnings', longText],
  ['competencies', competencyIds],
  ['rejectedCompetencies', competencyIds],
  ['tags', list(LIMITS.listItems, trimmed(LIMITS.tag))],
  ['company', shortText],
  ['role', shortText],
  ['year', whole('year')],
  ['people', whole('people')],
  ['teams', whole('teams')],
  ['durationWeeks', whole('durationWeeks')],
  ['reach', nullable(oneOf(REACH_LEVELS))],
  ['metrics', list(LIMITS.listItems, text(LIMITS.listItem))],
  ['shortVersion', longText],
  ['questions', list(LIMITS.storyQuestions, trimmed(LIMITS.question))],
  ['id', id],
  ['createdAt', datetime],
  ['updatedAt', datetime],
])

export const isCanonicalOwnQuestion = shape(OwnQuestionSchema, [
  ['id', id],
  ['text', trimmed(LIMITS.question)],
  ['competencies', competencyIds],
  ['createdAt', datetime],
])

export const isCanonicalPracticeEntry = shape(PracticeEntrySchema, [
  ['id', id],
  ['at', datetime],
  ['question', trimmed(LIMITS.question)],
  ['storyId', id],
  ['seconds', number(0, 24 * 3600)],
  ['rating', oneOf(PRACTICE_RATINGS)],
  ['note', text(LIMITS.listItem)],
])

export const isCanonicalPracticeCard = shape(PracticeCardSchema, [
  ['question', trimmed(LIMITS.question)],
  ['storyId', id],
  ['due', datetime],
  ['stability', number(0)],
  ['difficulty', number(0)],
  ['reps', integer(0)],
  ['lapses', integer(0)],
  ['state', integer(0, 3)],
  ['lastReview', nullable(datetime)],
  ['learningSteps', integer(0)],
  ['scheduledDays', number(0)],
])
