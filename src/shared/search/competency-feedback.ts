import type { InferredCompetency } from './competency-model'
import type { IndexedStory } from './index'
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
  const best = bestMatches(relevance, stories)
  if (best.length === 0) return [...guessed]
  const top = relevance[best[0] as number] as number
  const votes = new Map<string, number>()
  for (const doc of best) {
    const weight = (relevance[doc] as number) / top
    ;(docs[doc] as IndexedStory).competencies.forEach((id, rank) =>
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

/** The `k` stories with the highest relevance above 0, best first, in one pass (k is small). */
function bestMatches(relevance: Float64Array, k: number): number[] {
  const best: number[] = []
  for (let i = 0; i < relevance.length; i++) {
    const r = relevance[i] as number
    if (r <= 0 || (best.length === k && r <= (relevance[best[k - 1] as number] as number))) continue
    let at = Math.min(best.length, k - 1)
    best[at] = i
    while (at > 0 && r > (relevance[best[at - 1] as number] as number)) {
      best[at] = best[at - 1] as number
      best[at - 1] = i
      at--
    }
  }
  return best
}
