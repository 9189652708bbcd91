import type { InferredCompetency } from './competency-model'
import { storyCompetencies, type IndexedStory, type SearchIndex } from './index'
import { RANK_WEIGHTS } from './weights'

/**
 * How well a story shows the competencies a question probes: each probed competency's confidence when
 * it is the story's first, `secondaryCompetency` of it when a later one. Not divided by the total:
 * when the question's competencies are uncertain, this part should matter less.
 */
export function competencyMatch(doc: IndexedStory, wanted: readonly InferredCompetency[]): number {
  if (wanted.length === 0) return 0
  let total = 0
  let got = 0
  const shows = storyCompetencies(doc)
  for (const { id, confidence } of wanted) {
    total += confidence
    const rank = shows.indexOf(id)
    if (rank === 0) got += confidence
    else if (rank > 0) got += confidence * RANK_WEIGHTS.secondaryCompetency
  }
  return total > 0 ? got : 0
}

/** Competency ids as small numbers, so that the per-story check compares numbers, not strings. */
const codes = new Map<string, number>()
function codeOf(id: string): number {
  let code = codes.get(id)
  if (code === undefined) {
    code = codes.size
    codes.set(id, code)
  }
  return code
}

/** Per index, each story's competencies as codes, filled as stories are first looked at. */
const storyCodes = new WeakMap<SearchIndex, Array<Int32Array | undefined>>()

/**
 * `competencyMatch` for one question over many stories of an index: the same sums in the same order
 * (so the same numbers to the last bit), with the probed ids looked up once instead of per story. A
 * search calls it for up to every story in the vault.
 */
export function competencyMatcher(
  index: SearchIndex,
  wanted: readonly InferredCompetency[],
): (doc: number) => number {
  let perDoc = storyCodes.get(index)
  if (!perDoc) {
    perDoc = new Array<Int32Array | undefined>(index.docs.length)
    storyCodes.set(index, perDoc)
  }
  const cache = perDoc
  const wantedCodes = Int32Array.from(wanted, (c) => codeOf(c.id))
  const confidences = Float64Array.from(wanted, (c) => c.confidence)
  let total = 0
  for (const c of confidences) total += c
  const secondary = RANK_WEIGHTS.secondaryCompetency
  const n = wantedCodes.length
  return (doc) => {
    if (n === 0 || !(total > 0)) return 0
    let shows = cache[doc]
    if (shows === undefined) {
      shows = Int32Array.from(storyCompetencies(index.docs[doc] as IndexedStory), codeOf)
      cache[doc] = shows
    }
    let got = 0
    for (let w = 0; w < n; w++) {
      const code = wantedCodes[w] as number
      const confidence = confidences[w] as number
      let rank = -1
      for (let r = 0; r < shows.length; r++) {
        if (shows[r] === code) {
          rank = r
          break
        }
      }
      if (rank === 0) got += confidence
      else if (rank > 0) got += confidence * secondary
    }
    return got
  }
}
