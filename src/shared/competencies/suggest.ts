import type { StoryFields } from '../story/schema'

export interface CompetencySuggestion {
  id: string
  /** 0..1 */
  confidence: number
}

// Placeholder until the competency issue lands: suggests nothing from text.
export function suggestCompetencies(_story: StoryFields): CompetencySuggestion[] {
  return []
}

/** The competencies the app ranks and maps a story by: assigned ones win; otherwise confident suggestions. */
export function effectiveCompetencies(story: StoryFields): string[] {
  if (story.competencies.length > 0) return story.competencies
  return suggestCompetencies(story)
    .filter((s) => s.confidence >= 0.5 && !story.rejectedCompetencies.includes(s.id))
    .map((s) => s.id)
}
