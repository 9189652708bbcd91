import { z } from 'zod'
import { CompetencyIdSchema, StoryIdSchema } from '../story/schema'
import { TARGET_LEVELS } from '../story/levels'
import { LIMITS } from '../story/limits'

export const SHEET_LAYOUTS = ['one-page', 'detailed'] as const
export const PAPER_SIZES = ['a4', 'letter'] as const
export type SheetLayout = (typeof SHEET_LAYOUTS)[number]
export type PaperSize = (typeof PAPER_SIZES)[number]

/** What a sheet is for and the person's choices; everything shown is regenerated from current stories. */
export const SheetSpecSchema = z.object({
  company: z.string().max(LIMITS.shortText).default(''),
  role: z.string().max(LIMITS.shortText).default(''),
  level: z.enum(TARGET_LEVELS).default('staff'),
  competencies: z.array(CompetencyIdSchema).max(LIMITS.listItems).default([]),
  /** competency id → story id the person chose instead of the automatic pick. */
  picks: z.record(z.string(), StoryIdSchema).default({}),
  layout: z.enum(SHEET_LAYOUTS).default('one-page'),
  paper: z.enum(PAPER_SIZES).default('a4'),
  questionsToAsk: z.array(z.string().max(LIMITS.listItem)).max(20).default([]),
  /** The company lens the competencies were preset from, to show that company's names for them. */
  lens: z.string().max(40).nullable().default(null),
})
export type SheetSpec = z.infer<typeof SheetSpecSchema>

/** A saved cheat sheet: the interview it is for and the person's picks. The content is regenerated. */
export const CheatSheetSchema = SheetSpecSchema.extend({
  id: StoryIdSchema,
  updatedAt: z.iso.datetime(),
})
export type CheatSheet = z.infer<typeof CheatSheetSchema>

/** What the editor sends to save: the spec, plus the id when the sheet already exists. */
export const CheatSheetDraftSchema = SheetSpecSchema.extend({ id: StoryIdSchema.optional() })
export type CheatSheetDraft = z.input<typeof CheatSheetDraftSchema>
