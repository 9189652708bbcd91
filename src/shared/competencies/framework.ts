import { z } from 'zod'
import { competencies } from '../content/competencies'
import everydayPhrases from '../../../content/everyday-phrases.json'

/**
 * The competency framework as the matcher needs it. Parsed leniently so tests can pass small
 * frameworks of their own: a competency without signals has a name and simply suggests nothing.
 */
const ChecklistItemSchema = z.object({
  id: z.string(),
  label: z.string(),
  cues: z.array(z.string()).default([]),
})

const CompetencySchema = z.object({
  id: z.string(),
  name: z.string(),
  storySignals: z.array(z.string()).default([]),
  questionCues: z.array(z.string()).default([]),
  checklist: z.array(ChecklistItemSchema).default([]),
})

const FrameworkSchema = z.object({ competencies: z.array(CompetencySchema) })

export type ChecklistItem = z.infer<typeof ChecklistItemSchema>
export type CompetencyDefinition = z.infer<typeof CompetencySchema>
export type Framework = z.infer<typeof FrameworkSchema>

/** Parses a framework in the content file's shape (tests pass their own). */
export function parseFramework(raw: unknown): Framework {
  return FrameworkSchema.parse(raw)
}

/**
 * How people actually tell each competency in their notes ("couldn't do both", "made things worse",
 * "got them on board"): phrases that show it through what happened rather than the framework's words.
 * They count as story signals; they live beside the matcher because only story matching uses them.
 */
const EVERYDAY: Readonly<Record<string, readonly string[]>> = everydayPhrases

/** The shipped framework, as validated by the content loader, with the everyday phrases as signals. */
export const defaultFramework: Framework = parseFramework({
  competencies: competencies.map((c) => ({
    ...c,
    storySignals: [...c.storySignals, ...(EVERYDAY[c.id] ?? [])],
  })),
})

export function competencyName(id: string, framework: Framework = defaultFramework): string {
  return framework.competencies.find((c) => c.id === id)?.name ?? id
}
