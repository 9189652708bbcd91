import { z } from 'zod'
import data from '../../../content/competencies.json'
import { duplicates, parseContent } from './parse'

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be a kebab-case id' })
const phrase = z.string().trim().min(1)

export const ChecklistItemSchema = z.object({
  id: kebabId,
  /** What a strong story shows, in one line. */
  label: phrase,
  /** Words or short phrases whose presence in a story suggests this item is covered. */
  cues: z.array(phrase).min(1),
})

export const CompetencySchema = z.object({
  id: kebabId,
  name: phrase,
  /** The five areas every senior and tech-lead loop probes. */
  core: z.boolean(),
  /** What the interviewer wants to see, in two or three sentences. */
  wants: phrase,
  checklist: z.array(ChecklistItemSchema).min(1),
  /** Words people write in stories that demonstrate this competency. */
  storySignals: z.array(phrase).min(1),
  /** Words interviewers use in questions that probe this competency. */
  questionCues: z.array(phrase).min(1),
})

const CompetenciesFileSchema = z
  .object({ competencies: z.array(CompetencySchema).min(1) })
  .superRefine((file, ctx) => {
    const repeated = duplicates(file.competencies.map((c) => c.id))
    if (repeated.length > 0)
      ctx.addIssue({ code: 'custom', message: `duplicate ids: ${repeated.join(', ')}` })
    file.competencies.forEach((competency, index) => {
      const items = duplicates(competency.checklist.map((item) => item.id))
      if (items.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['competencies', index, 'checklist'],
          message: `duplicate checklist ids: ${items.join(', ')}`,
        })
      }
    })
  })

export type ChecklistItem = z.infer<typeof ChecklistItemSchema>
export type Competency = z.infer<typeof CompetencySchema>

export const competencies: readonly Competency[] = parseContent(
  CompetenciesFileSchema,
  data,
  'competencies.json',
).competencies

const byId = new Map(competencies.map((c) => [c.id, c]))

export function competencyById(id: string): Competency | undefined {
  return byId.get(id)
}

export const coreCompetencies: readonly Competency[] = competencies.filter((c) => c.core)
