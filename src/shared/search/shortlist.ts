import type { SearchIndex } from './index'

export interface ShortlistInput {
  /** The words part of a story's partial score. */
  words: (doc: number) => number
  /** The competency part: costly the first time (the story is read against the framework). */
  competency: (doc: number) => number
  /** No story's competency part exceeds this. */
  maxCompetency: number
  /** True when the story shares at least one word with the question. */
  hasWords: (doc: number) => boolean
  /** Keep stories with no word and no competency in common too. */
  keepWithout: boolean
  /** How many stories the caller will take by partial score. */
  size: number
  /** Filled with each returned story's partial score (words + competency). */
  partial: Float64Array
}

/**
 * The stories that can reach the `size` best partial scores, each with its score filled in. Stories
 * are taken by their words part, best first; once even a perfect competency part could not lift the
 * next one past the current `size`-th score, the rest are skipped, so their competencies (the slow
 * part for stories without assigned ones) are never computed. The caller's top `size` by partial score
 * is the same as over every story.
 */
export function shortlistCandidates(index: SearchIndex, input: ShortlistInput): number[] {
  const { partial, size, maxCompetency } = input
  const withWords: number[] = []
  const without: number[] = []
  const wordsPart = new Float64Array(index.docs.length)
  for (let i = 0; i < index.docs.length; i++) {
    if (input.hasWords(i)) {
      wordsPart[i] = input.words(i)
      withWords.push(i)
    } else without.push(i)
  }
  withWords.sort((a, b) => (wordsPart[b] as number) - (wordsPart[a] as number) || a - b)
  // The `size` best partial scores so far, ascending: kept[0] is the bar to pass.
  const kept: number[] = []
  const bar = () => (kept.length < size ? -Infinity : (kept[0] as number))
  const keep = (score: number) => {
    let at = 0
    while (at < kept.length && (kept[at] as number) < score) at++
    kept.splice(at, 0, score)
    if (kept.length > size) kept.shift()
  }
  const candidates: number[] = []
  for (const doc of withWords) {
    if ((wordsPart[doc] as number) + maxCompetency < bar()) break
    partial[doc] = (wordsPart[doc] as number) + input.competency(doc)
    candidates.push(doc)
    keep(partial[doc] as number)
  }
  // Without shared words a story's partial score is its competency part alone.
  if (maxCompetency < bar() || (maxCompetency <= 0 && !input.keepWithout)) return candidates
  for (const doc of without) {
    const c = maxCompetency > 0 ? input.competency(doc) : 0
    if (c <= 0 && !input.keepWithout) continue
    partial[doc] = c
    candidates.push(doc)
  }
  return candidates
}
