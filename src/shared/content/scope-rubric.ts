import { z } from 'zod'
import data from '../../../content/scope-rubric.json'
import { REACH_LEVELS, TARGET_LEVELS, type TargetLevel } from '../story/levels'
import { parseContent } from './parse'

/** The smallest scope a story should show to be a lead story for a target level. */
export const LevelRubricSchema = z.object({
  reach: z.enum(REACH_LEVELS),
  people: z.number().int().min(0),
  teams: z.number().int().min(0),
  durationWeeks: z.number().int().min(0),
  /** Why these minimums, in plain words. */
  summary: z.string().trim().min(1),
  /** What a story at this level shows. */
  fits: z.string().trim().min(1),
})

const levelShape = Object.fromEntries(TARGET_LEVELS.map((level) => [level, LevelRubricSchema])) as Record<
  TargetLevel,
  typeof LevelRubricSchema
>

const ScopeRubricSchema = z.object({ levels: z.object(levelShape) })

export type LevelRubric = z.infer<typeof LevelRubricSchema>
export type ScopeRubric = { levels: Record<TargetLevel, LevelRubric> }

export const scopeRubric: ScopeRubric = parseContent(ScopeRubricSchema, data, 'scope-rubric.json')

export function rubricFor(level: TargetLevel): LevelRubric {
  return scopeRubric.levels[level]
}
