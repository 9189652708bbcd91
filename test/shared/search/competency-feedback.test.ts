import { describe, expect, it } from 'vitest'
import { withNeighbourCompetencies } from '../../../src/shared/search/competency-feedback'
import type { IndexedStory } from '../../../src/shared/search/index'
import { RANK_WEIGHTS } from '../../../src/shared/search/weights'

const doc = (competencies: string[]) => ({ competencies }) as unknown as IndexedStory
const docs = [doc(['conflict']), doc(['delivery', 'conflict']), doc([]), doc(['growth'])]
const { share } = RANK_WEIGHTS.neighbourCompetencies

describe('competencies of the best word matches', () => {
  it('add what the best-matching stories show to an unsure guess', () => {
    const mixed = withNeighbourCompetencies([], docs, Float64Array.from([2, 1, 0, 0]))
    expect(mixed.map((c) => c.id)).toEqual(['conflict', 'delivery'])
    // conflict: 1 (primary of the best) + 0.5·0.5 (second of one half as relevant) of 1.75 votes.
    expect(mixed[0]?.confidence).toBeCloseTo((share * 1.25) / 1.75)
  })

  it('keep most of the weight on the guess', () => {
    const mixed = withNeighbourCompetencies(
      [{ id: 'growth', confidence: 0.6 }],
      docs,
      Float64Array.from([2, 1, 0, 0]),
    )
    expect(mixed[0]).toEqual({ id: 'growth', confidence: 0.6 * (1 - share) })
  })

  it('leave the guess alone when no story matched or the matches show nothing', () => {
    const guess = [{ id: 'ambiguity', confidence: 0.4 }]
    expect(withNeighbourCompetencies(guess, docs, new Float64Array(4))).toEqual(guess)
    expect(withNeighbourCompetencies(guess, docs, Float64Array.from([0, 0, 3, 0]))).toEqual(guess)
  })

  it('use only the few best matches', () => {
    const many = Float64Array.from([1, 1, 1, 5])
    const ids = withNeighbourCompetencies([], docs, many).map((c) => c.id)
    expect(ids[0]).toBe('growth')
  })
})
