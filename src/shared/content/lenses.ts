import { z } from 'zod'
import data from '../../../content/lenses.json'
import { CompetencyIdSchema } from '../story/schema'
import { duplicates, parseContent } from './parse'

export const LensItemSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1),
  summary: z.string().trim().min(1),
  /** The app's competencies this company item is seen through. */
  competencies: z.array(CompetencyIdSchema).min(1),
  /**
   * Words that show this item in a story's own telling. A company item counts for a story only when
   * one of them is there: mapping from a broad competency alone would claim every principle it touches.
   */
  cues: z.array(z.string().trim().min(1)).default([]),
})

export const LensSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().trim().min(1),
    items: z.array(LensItemSchema).min(1),
  })
  .superRefine((lens, ctx) => {
    const repeated = duplicates(lens.items.map((item) => item.id))
    if (repeated.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['items'], message: `duplicate item ids: ${repeated.join(', ')}` })
    }
  })

const LensesFileSchema = z.object({ lenses: z.array(LensSchema).min(1) }).superRefine((file, ctx) => {
  const repeated = duplicates(file.lenses.map((lens) => lens.id))
  if (repeated.length > 0)
    ctx.addIssue({ code: 'custom', message: `duplicate lens ids: ${repeated.join(', ')}` })
})

export type LensItem = z.infer<typeof LensItemSchema>
export type Lens = z.infer<typeof LensSchema>

/** One tagging seen through several companies' frameworks (plus the app's own). */
export const lenses: readonly Lens[] = parseContent(LensesFileSchema, data, 'lenses.json').lenses

export function lensById(id: string): Lens | undefined {
  return lenses.find((lens) => lens.id === id)
}

/** The items of a lens that a competency feeds, e.g. "ownership" → Amazon's Ownership and Deliver Results. */
export function lensItemsFor(lens: Lens, competencyId: string): LensItem[] {
  return lens.items.filter((item) => item.competencies.includes(competencyId))
}
