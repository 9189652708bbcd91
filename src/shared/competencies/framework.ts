import { z } from 'zod'
import { ChecklistItemSchema, competencies, CompetencySchema } from '../content/competencies'
import everydayPhrases from '../../../content/everyday-phrases.json'
import { CALIBRATION, WEAK_CUES } from './calibration'

/**
 * The competency framework as the matcher needs it: the content file's schemas, made lenient so tests
 * can pass small frameworks of their own. A competency without signals has a name and suggests nothing.
 */
const orEmpty = <T extends z.ZodType>(item: T) => z.array(item).default([])
const phrase = CompetencySchema.shape.storySignals.element

const FrameworkChecklistItemSchema = ChecklistItemSchema.extend({ cues: orEmpty(phrase) })

const FrameworkCompetencySchema = CompetencySchema.pick({ id: true, name: true }).extend({
  storySignals: orEmpty(phrase),
  questionCues: orEmpty(phrase),
  checklist: orEmpty(FrameworkChecklistItemSchema),
  /** Cues (any list) that mostly fire in stories about something else: they count for less. */
  weakCues: orEmpty(phrase),
  /** Multiplies the competency's evidence so that its cue list's reach matches the others'. */
  calibration: z.number().positive().default(1),
})

const FrameworkSchema = z.object({ competencies: z.array(FrameworkCompetencySchema) })

export type ChecklistItem = z.infer<typeof FrameworkChecklistItemSchema>
export type CompetencyDefinition = z.infer<typeof FrameworkCompetencySchema>
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

/**
 * The shipped framework, as validated by the content loader, with the everyday phrases as signals and
 * the weak cues and calibration measured for these cue lists (other frameworks start neutral).
 */
export const defaultFramework: Framework = parseFramework({
  competencies: competencies.map((c) => ({
    ...c,
    storySignals: [...c.storySignals, ...(EVERYDAY[c.id] ?? [])],
    weakCues: WEAK_CUES[c.id] ?? [],
    calibration: CALIBRATION[c.id] ?? 1,
  })),
})

export function competencyName(id: string, framework: Framework = defaultFramework): string {
  return framework.competencies.find((c) => c.id === id)?.name ?? id
}
