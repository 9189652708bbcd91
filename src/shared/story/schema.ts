import { z } from 'zod'
import { isCompetencyId } from './competency-ids'
import { REACH_LEVELS, TARGET_LEVELS } from './levels'
import { LIMITS, limitMessage, NUMBER_RANGES, rangeMessage, type NumberField } from './limits'

const longText = (field: string) =>
  z
    .string()
    .max(LIMITS.longText, { message: limitMessage(field, LIMITS.longText) })
    .default('')
const shortText = (field: string) =>
  z
    .string()
    .max(LIMITS.shortText, { message: limitMessage(field, LIMITS.shortText) })
    .default('')
const whole = (field: NumberField, label: string) => {
  const { min, max } = NUMBER_RANGES[field]
  const message = rangeMessage(label, field)
  return z
    .number({ message })
    .int({ message })
    .min(min, { message })
    .max(max, { message })
    .nullable()
    .default(null)
}

export const CompetencyIdSchema = z
  .string()
  .refine(isCompetencyId, { message: 'is not a known competency id' })

/** Everything a person edits. Ids and timestamps are the store's job. */
export const StoryFieldsSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, { message: 'A story needs a title.' })
    .max(LIMITS.title, { message: limitMessage('Title', LIMITS.title) }),
  situation: longText('Situation'),
  task: longText('Task'),
  action: longText('Action'),
  result: longText('Result'),
  learnings: longText('Learnings'),
  competencies: z.array(CompetencyIdSchema).max(LIMITS.listItems).default([]),
  /** Suggested competencies the person turned down; a suggestion never overrides this. */
  rejectedCompetencies: z.array(CompetencyIdSchema).max(LIMITS.listItems).default([]),
  tags: z
    .array(
      z
        .string()
        .trim()
        .min(1)
        .max(LIMITS.tag, { message: limitMessage('A tag', LIMITS.tag) }),
    )
    .max(LIMITS.listItems)
    .default([]),
  company: shortText('Company'),
  role: shortText('Role'),
  year: whole('year', 'Year'),
  people: whole('people', 'People'),
  teams: whole('teams', 'Teams'),
  durationWeeks: whole('durationWeeks', 'Duration in weeks'),
  reach: z.enum(REACH_LEVELS).nullable().default(null),
  metrics: z
    .array(z.string().max(LIMITS.listItem, { message: limitMessage('A metric', LIMITS.listItem) }))
    .max(LIMITS.listItems)
    .default([]),
  /** The "30-second version": what practice reveals and the cheat sheet prints instead of cutting text. */
  shortVersion: longText('30-second version'),
  /** Questions the person would answer with this story, as they wrote them. */
  questions: z
    .array(
      z
        .string()
        .trim()
        .min(1)
        .max(LIMITS.question, { message: limitMessage('A question', LIMITS.question) }),
    )
    .max(LIMITS.storyQuestions)
    .default([]),
})

export const StoryIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, { message: 'must use letters, digits, - or _' })

export const StorySchema = StoryFieldsSchema.extend({
  id: StoryIdSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
})

/** What the editor sends to be saved: the fields, plus the id when the story already exists. */
export const StoryDraftSchema = StoryFieldsSchema.extend({ id: StoryIdSchema.optional() })

export type Story = z.infer<typeof StorySchema>
export type StoryFields = z.infer<typeof StoryFieldsSchema>
export type StoryDraft = z.input<typeof StoryDraftSchema>

export const SettingsSchema = z.object({
  targetLevel: z.enum(TARGET_LEVELS).default('staff'),
})
export type Settings = z.infer<typeof SettingsSchema>

/** A story with every optional field at its default, for new stories and tests. */
export function emptyStoryFields(title = ''): StoryFields {
  return StoryFieldsSchema.parse({ title: title || 'Untitled story' })
}
