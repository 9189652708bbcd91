import { describe, expect, it } from 'vitest'
import { practisedQuality } from '../../bench/practised-quality'

// Not a timed test: the learning-from-links quality the bench prints, held as a property of the code.
describe('search that learns from links, on every labelled set', () => {
  const { sets, rewordings } = practisedQuality()

  it('measures all three sets', () => {
    expect(Object.keys(sets).sort()).toEqual(['evalVault', 'freshVault', 'manyWriters'])
  })

  it.each(Object.entries(sets))('never ranks new questions worse than without links: %s', (_, figures) => {
    for (const share of Object.values(figures.withLinks))
      expect(share.p1).toBeGreaterThanOrEqual(figures.withoutLinks.p1)
  })

  it('finds more rewordings of linked questions than the ranker alone', () => {
    expect(rewordings?.firstWithLinks).toBeGreaterThan(rewordings?.firstWithoutLinks ?? Infinity)
  })
})
