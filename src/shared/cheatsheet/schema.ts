import { z } from 'zod'
import { CompetencyIdSchema, StoryIdSchema } from '../story/schema'
import { TARGET_LEVELS } from '../story/levels'
import { LIMITS } from '../story/limits'

export const SHEET_LAYOUTS = ['one-page', 'detailed'] as const
export const PAPER_SIZES = ['a4', 'letter'] as const

/** A saved cheat sheet: the interview it is for and the person's picks. The content is regenerated. */
export const CheatSheetSchema = z.object({
  id: StoryIdSchema,
  company: z.string().max(LIMITS.shortText).default(''),
  role: z.string().max(LIMITS.shortText).default(''),
  level: z.enum(TARGET_LEVELS).default('staff'),
  competencies: z.array(CompetencyIdSchema).max(LIMITS.listItems).default([]),
  /** competency id → story id the person chose instead of the automatic pick. */
  picks: z.record(z.string(), StoryIdSchema).default({}),
  layout: z.enum(SHEET_LAYOUTS).default('one-page'),
  paper: z.enum(PAPER_SIZES).default('a4'),
  questionsToAsk: z.array(z.string().max(LIMITS.listItem)).max(20).default([]),
  updatedAt: z.iso.datetime(),
})
export type CheatSheet = z.infer<typeof CheatSheetSchema>
