import type { SearchIndex } from './index'

export interface ShortlistInput {
  /** The words part of a story's partial score. */
  words: (doc: number) => number
  /** The competency part, never negative: costly the first time (the story is read against the framework). */
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
 * Stories by their words part, best first (ties: lower index first), taken one at a time: a binary
 * heap, because the walk usually stops after a few hundred of thousands, and sorting them all cost
 * more than the rest of a search.
 */
class ByWordsPart {
  private readonly heap: Int32Array
  private size: number

  constructor(
    docs: Int32Array,
    private readonly key: Float64Array,
  ) {
    this.heap = docs
    this.size = docs.length
    for (let i = (this.size >> 1) - 1; i >= 0; i--) this.down(i)
  }

  /** a comes before b. */
  private before(a: number, b: number): boolean {
    const ka = this.key[a] as number
    const kb = this.key[b] as number
    return ka > kb || (ka === kb && a < b)
  }

  private down(at: number): void {
    const heap = this.heap
    const item = heap[at] as number
    for (;;) {
      let child = 2 * at + 1
      if (child >= this.size) break
      if (child + 1 < this.size && this.before(heap[child + 1] as number, heap[child] as number)) child++
      if (!this.before(heap[child] as number, item)) break
      heap[at] = heap[child] as number
      at = child
    }
    heap[at] = item
  }

  /** The next story, or -1 when none is left. */
  next(): number {
    if (this.size === 0) return -1
    const top = this.heap[0] as number
    this.size--
    if (this.size > 0) {
      this.heap[0] = this.heap[this.size] as number
      this.down(0)
    }
    return top
  }
}

/** The `size` best scores so far in a min-heap: `bar()` is the score a story must reach to enter. */
class BestScores {
  private readonly heap: Float64Array
  private count = 0

  constructor(private readonly size: number) {
    this.heap = new Float64Array(Math.max(1, size))
  }

  bar(): number {
    return this.count < this.size ? -Infinity : (this.heap[0] as number)
  }

  keep(score: number): void {
    const heap = this.heap
    if (this.count < this.size) {
      let at = this.count++
      while (at > 0) {
        const parent = (at - 1) >> 1
        if ((heap[parent] as number) <= score) break
        heap[at] = heap[parent] as number
        at = parent
      }
      heap[at] = score
      return
    }
    if (this.size === 0 || score <= (heap[0] as number)) return
    let at = 0
    for (;;) {
      let child = 2 * at + 1
      if (child >= this.count) break
      if (child + 1 < this.count && (heap[child + 1] as number) < (heap[child] as number)) child++
      if ((heap[child] as number) >= score) break
      heap[at] = heap[child] as number
      at = child
    }
    heap[at] = score
  }
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
  const n = index.docs.length
  const withWords = new Int32Array(n)
  let withCount = 0
  const without: number[] = []
  const wordsPart = new Float64Array(n)
  const bestWords = new BestScores(size)
  for (let i = 0; i < n; i++) {
    if (input.hasWords(i)) {
      wordsPart[i] = input.words(i)
      withWords[withCount++] = i
      bestWords.keep(wordsPart[i] as number)
    } else without.push(i)
  }
  // Competency parts are never negative, so once the walk below has taken the `size` best words parts
  // its bar is at least the `size`-th best words part: a story below that even with a perfect
  // competency part would stop the walk, and so would every one after it. Only the rest is ordered.
  const floor = maxCompetency >= 0 ? bestWords.bar() : -Infinity
  let kept = 0
  for (let i = 0; i < withCount; i++) {
    const doc = withWords[i] as number
    if (!((wordsPart[doc] as number) + maxCompetency < floor)) withWords[kept++] = doc
  }
  const order = new ByWordsPart(withWords.subarray(0, kept), wordsPart)
  const best = new BestScores(size)
  const candidates: number[] = []
  for (let doc = order.next(); doc !== -1; doc = order.next()) {
    if ((wordsPart[doc] as number) + maxCompetency < best.bar()) break
    partial[doc] = (wordsPart[doc] as number) + input.competency(doc)
    candidates.push(doc)
    best.keep(partial[doc] as number)
  }
  // Without shared words a story's partial score is its competency part alone.
  if (maxCompetency < best.bar() || (maxCompetency <= 0 && !input.keepWithout)) return candidates
  for (const doc of without) {
    const c = maxCompetency > 0 ? input.competency(doc) : 0
    if (c <= 0 && !input.keepWithout) continue
    partial[doc] = c
    candidates.push(doc)
  }
  return candidates
}
