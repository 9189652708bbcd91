import { z } from 'zod'
import { CompetencyIdSchema, StoryIdSchema } from '../story/schema'
import { LIMITS } from '../story/limits'

/** One interview question as a person wrote or remembered it. */
export const QuestionTextSchema = z
  .string()
  .trim()
  .min(1, { message: 'A question cannot be empty.' })
  .max(LIMITS.question, { message: `A question is limited to ${LIMITS.question} characters.` })

/** A question the person added (typed, pasted, imported or logged after a round); bank questions stay in content/. */
export const OwnQuestionSchema = z.object({
  id: StoryIdSchema,
  text: QuestionTextSchema,
  competencies: z.array(CompetencyIdSchema).max(LIMITS.listItems).default([]),
  createdAt: z.iso.datetime(),
})
export type OwnQuestion = z.infer<typeof OwnQuestionSchema>

export const PRACTICE_RATINGS = ['again', 'hard', 'good', 'easy'] as const
export type PracticeRating = (typeof PRACTICE_RATINGS)[number]

/** One rehearsal: the full history is kept, so schedules can always be recomputed from it. */
export const PracticeEntrySchema = z.object({
  id: StoryIdSchema,
  at: z.iso.datetime(),
  question: QuestionTextSchema,
  storyId: StoryIdSchema,
  seconds: z
    .number()
    .min(0)
    .max(24 * 3600),
  rating: z.enum(PRACTICE_RATINGS),
  note: z.string().max(LIMITS.listItem).default(''),
})
export type PracticeEntry = z.infer<typeof PracticeEntrySchema>

/** The scheduler's state for one question–story card (FSRS fields, stored as plain data). */
export const PracticeCardSchema = z.object({
  question: QuestionTextSchema,
  storyId: StoryIdSchema,
  due: z.iso.datetime(),
  stability: z.number().min(0),
  difficulty: z.number().min(0),
  reps: z.number().int().min(0),
  lapses: z.number().int().min(0),
  state: z.number().int().min(0).max(3),
  lastReview: z.iso.datetime().nullable().default(null),
  /** FSRS's place in the (re)learning steps and the interval it last chose; 0 for cards from before. */
  learningSteps: z.number().int().min(0).default(0),
  scheduledDays: z.number().min(0).default(0),
})
export type PracticeCard = z.infer<typeof PracticeCardSchema>

export const PracticeSchema = z.object({
  cards: z.array(PracticeCardSchema).max(LIMITS.practiceCards).default([]),
  history: z.array(PracticeEntrySchema).max(LIMITS.practiceEntries).default([]),
})
export type Practice = z.infer<typeof PracticeSchema>
