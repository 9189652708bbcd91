import type { Reach, TargetLevel } from '../story/levels'
import type { StoryFields } from '../story/schema'

export interface ScopeAssessment {
  reach: Reach | null
  people: number | null
  teams: number | null
  durationWeeks: number | null
  /** True when any of the facts above were read from the story's text rather than its scope fields. */
  fromText: boolean
  smallForLevel: boolean
  /** Why it is (or is not) small for the level, in plain words. */
  reasons: string[]
  /** What would make the story fit the level. */
  fixes: string[]
}

// Placeholder until the competency and scope issue lands: uses the scope fields only.
export function assessScope(story: StoryFields, _level: TargetLevel): ScopeAssessment {
  return {
    reach: story.reach,
    people: story.people,
    teams: story.teams,
    durationWeeks: story.durationWeeks,
    fromText: false,
    smallForLevel: false,
    reasons: [],
    fixes: [],
  }
}
