import { z } from 'zod'
import { QuestionTextSchema } from '../practice/schema'
import { CompetencyIdSchema, StoryIdSchema } from '../story/schema'
import { TARGET_LEVELS } from '../story/levels'
import { LIMITS, limitMessage } from '../story/limits'

/** Loops kept in a vault, deleted ones included (they stay until the person removes them for good). */
export const MAX_LOOPS = 2_000
export const MAX_ROUNDS = 20

/**
 * When a round takes place, in the person's own time: "2026-12-10T14:00", or just the day
 * "2026-12-10" when the time is not known yet. No zone: an interview is at 14:00 where the person is.
 */
export const RoundTimeSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/, {
  message: 'must be a date like 2026-12-10 or 2026-12-10T14:00',
})

/** The story the person chose for one competency of a round (the title is kept in case it is deleted). */
export const RoundPickSchema = z.object({
  competency: CompetencyIdSchema,
  storyId: StoryIdSchema,
  title: z.string().max(LIMITS.title).default(''),
})
export type RoundPick = z.infer<typeof RoundPickSchema>

export const LOG_RATINGS = ['rough', 'mixed', 'good', 'strong'] as const
export type LogRating = (typeof LOG_RATINGS)[number]

/** One question asked in a round, as remembered, and the story told for it. */
export const LogEntrySchema = z.object({
  question: QuestionTextSchema,
  storyId: StoryIdSchema.nullable().default(null),
  /** The story's title when it was logged, so the log still reads if the story is deleted. */
  storyTitle: z.string().max(LIMITS.title).default(''),
  rating: z.enum(LOG_RATINGS).default('good'),
  note: z
    .string()
    .max(LIMITS.listItem, { message: limitMessage('A note', LIMITS.listItem) })
    .default(''),
})
export type LogEntry = z.infer<typeof LogEntrySchema>

export const RoundLogSchema = z.object({
  at: z.iso.datetime(),
  entries: z.array(LogEntrySchema).max(LIMITS.listItems),
})
export type RoundLog = z.infer<typeof RoundLogSchema>

export const RoundSchema = z.object({
  id: StoryIdSchema,
  name: z
    .string()
    .trim()
    .min(1, { message: 'A round needs a name.' })
    .max(LIMITS.shortText, { message: limitMessage('A round name', LIMITS.shortText) }),
  at: RoundTimeSchema.nullable().default(null),
  /** What the interviewer will look at, in the person's words ("Ownership, Dive Deep; a bar raiser"). */
  focus: z
    .string()
    .max(LIMITS.listItem, { message: limitMessage('Focus', LIMITS.listItem) })
    .default(''),
  /** Lens item ids (Amazon's "dive-deep") or competency ids the person ticked. */
  principles: z.array(z.string().min(1).max(60)).max(LIMITS.listItems).default([]),
  notes: z
    .string()
    .max(LIMITS.longText, { message: limitMessage('Notes', LIMITS.longText) })
    .default(''),
  picks: z.array(RoundPickSchema).max(LIMITS.listItems).default([]),
  log: RoundLogSchema.nullable().default(null),
})
export type Round = z.infer<typeof RoundSchema>

const LoopFieldsSchema = z.object({
  company: z
    .string()
    .trim()
    .min(1, { message: 'A loop needs a company.' })
    .max(LIMITS.shortText, { message: limitMessage('Company', LIMITS.shortText) }),
  role: z
    .string()
    .trim()
    .max(LIMITS.shortText, { message: limitMessage('Role', LIMITS.shortText) })
    .default(''),
  /** The level scope checks and search use while this loop is open. */
  level: z.enum(TARGET_LEVELS).default('staff'),
  /** A lens id from content/lenses.json ('core' is the generic one). */
  lens: z.string().min(1).max(40).default('core'),
  rounds: z
    .array(RoundSchema)
    .max(MAX_ROUNDS, { message: `A loop has at most ${MAX_ROUNDS} rounds.` })
    .default([]),
  archived: z.boolean().default(false),
})

export const LoopSchema = LoopFieldsSchema.extend({
  id: StoryIdSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Set when the person deleted the loop: it stays in the vault (and its backups) until restored. */
  deletedAt: z.iso.datetime().nullable().default(null),
})
export type Loop = z.infer<typeof LoopSchema>

/** What the app sends to save: the fields (rounds may come without ids), plus the loop's id when it exists. */
export const LoopDraftSchema = LoopFieldsSchema.extend({
  id: StoryIdSchema.optional(),
  rounds: z
    .array(RoundSchema.extend({ id: StoryIdSchema.optional() }))
    .max(MAX_ROUNDS, { message: `A loop has at most ${MAX_ROUNDS} rounds.` })
    .default([]),
})
export type LoopDraft = z.input<typeof LoopDraftSchema>
export type ParsedLoopDraft = z.infer<typeof LoopDraftSchema>

/** One round as the log form sends it. */
export const LogDraftSchema = z.object({
  loopId: StoryIdSchema,
  roundId: StoryIdSchema,
  entries: z.array(LogEntrySchema.omit({ storyTitle: true })).max(LIMITS.listItems),
})
export type LogDraft = z.input<typeof LogDraftSchema>
export type ParsedLogDraft = z.infer<typeof LogDraftSchema>
