import type { InferredCompetency } from './competency-model'
import { storyCompetencies, type IndexedStory } from './index'
import { topPositive } from './top-k'
import { RANK_WEIGHTS } from './weights'

/**
 * The question's competencies, nudged by those of the stories its words match best: when the words
 * clearly point at a few stories, what those stories show is evidence of what the question probes
 * (relevance feedback). The guess keeps most of its weight (1 − share); a story's primary competency
 * counts fully, later ones half, each in proportion to how well the story matched.
 */
export function withNeighbourCompetencies(
  guessed: readonly InferredCompetency[],
  docs: readonly IndexedStory[],
  relevance: Float64Array,
): InferredCompetency[] {
  const { stories, share } = RANK_WEIGHTS.neighbourCompetencies
  const best = topPositive(relevance, stories)
  if (best.length === 0) return [...guessed]
  const top = relevance[best[0] as number] as number
  const votes = new Map<string, number>()
  for (const doc of best) {
    const weight = (relevance[doc] as number) / top
    storyCompetencies(docs[doc] as IndexedStory).forEach((id, rank) =>
      votes.set(id, (votes.get(id) ?? 0) + weight * (rank === 0 ? 1 : 0.5)),
    )
  }
  const total = [...votes.values()].reduce((a, b) => a + b, 0)
  if (total === 0) return [...guessed]
  const merged = new Map(guessed.map((c) => [c.id, c.confidence * (1 - share)]))
  for (const [id, vote] of votes) merged.set(id, (merged.get(id) ?? 0) + (share * vote) / total)
  return [...merged]
    .map(([id, confidence]) => ({ id, confidence }))
    .sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id))
    .slice(0, 3)
}
