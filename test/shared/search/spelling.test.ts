import { describe, expect, it } from 'vitest'
import { editDistance, SpellingCorrector } from '../../../src/shared/search/spelling'

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps', () => {
    expect(editDistance('stakholder', 'stakeholder', 2)).toBe(1)
    expect(editDistance('dependancy', 'dependency', 2)).toBe(1)
    expect(editDistance('recieve', 'receive', 2)).toBe(1)
    expect(editDistance('kitten', 'sitting', 5)).toBe(3)
  })

  it('stops early past the limit', () => {
    expect(editDistance('database', 'zebra', 2)).toBe(3)
  })
})

describe('SpellingCorrector', () => {
  const known = new Set(['migration', 'stakeholder', 'ambiguous', 'latency', 'postgres'])
  const corrector = new SpellingCorrector(known, (w) => known.has(w))

  it('fixes near misses and keeps unknown words that are far from everything', () => {
    expect(corrector.correct('migraton')).toBe('migration')
    expect(corrector.correct('latnecy')).toBe('latency')
    expect(corrector.correct('kubernetes')).toBe('kubernetes')
  })

  it('leaves short words alone', () => {
    expect(corrector.correct('dat')).toBe('dat')
  })
})
