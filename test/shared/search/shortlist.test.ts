import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { SearchIndex } from '../../../src/shared/search/index'
import { shortlistCandidates, type ShortlistInput } from '../../../src/shared/search/shortlist'

/** The walk as first written: every story with words sorted by its words part, then taken in order. */
function sortedWalk(n: number, input: ShortlistInput): { candidates: number[]; asked: number[] } {
  const asked: number[] = []
  const competency = (doc: number) => {
    asked.push(doc)
    return input.competency(doc)
  }
  const withWords: number[] = []
  const without: number[] = []
  for (let i = 0; i < n; i++) (input.hasWords(i) ? withWords : without).push(i)
  withWords.sort((a, b) => input.words(b) - input.words(a) || a - b)
  const kept: number[] = []
  const bar = () => (kept.length < input.size ? -Infinity : (kept[0] as number))
  const candidates: number[] = []
  for (const doc of withWords) {
    if (input.words(doc) + input.maxCompetency < bar()) break
    const partial = input.words(doc) + competency(doc)
    input.partial[doc] = partial
    candidates.push(doc)
    kept.push(partial)
    kept.sort((a, b) => a - b)
    if (kept.length > input.size) kept.shift()
  }
  if (input.maxCompetency < bar() || (input.maxCompetency <= 0 && !input.keepWithout))
    return { candidates, asked }
  for (const doc of without) {
    const c = input.maxCompetency > 0 ? competency(doc) : 0
    if (c <= 0 && !input.keepWithout) continue
    input.partial[doc] = c
    candidates.push(doc)
  }
  return { candidates, asked }
}

// Scores on a coarse grid, so that ties (broken by position) are common.
const score = fc.integer({ min: 0, max: 8 }).map((x) => x / 8)
const vault = fc.record({
  words: fc.array(fc.option(score, { nil: null }), { minLength: 0, maxLength: 80 }),
  competencies: fc.array(score, { minLength: 80, maxLength: 80 }),
  maxCompetency: fc.integer({ min: 0, max: 8 }).map((x) => x / 8),
  size: fc.integer({ min: 1, max: 12 }),
  keepWithout: fc.boolean(),
})

describe('shortlistCandidates', () => {
  it('takes the same stories, in the same order, as sorting every story by its words part', () => {
    fc.assert(
      fc.property(vault, (v) => {
        const n = v.words.length
        const index = { docs: new Array(n) } as unknown as SearchIndex
        const make = (asked: number[]): ShortlistInput => ({
          words: (i) => v.words[i] ?? 0,
          competency: (i) => {
            asked.push(i)
            return Math.min(v.maxCompetency, v.competencies[i] ?? 0)
          },
          maxCompetency: v.maxCompetency,
          hasWords: (i) => v.words[i] !== null,
          keepWithout: v.keepWithout,
          size: v.size,
          partial: new Float64Array(n),
        })
        const asked: number[] = []
        const fast = make(asked)
        const reference = make([])
        const expected = sortedWalk(n, reference)
        expect(shortlistCandidates(index, fast)).toEqual(expected.candidates)
        expect(asked).toEqual(expected.asked)
        expect([...fast.partial]).toEqual([...reference.partial])
      }),
      { numRuns: 400 },
    )
  })
})
