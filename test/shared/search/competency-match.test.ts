import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { competencyMatch, competencyMatcher } from '../../../src/shared/search/competency-match'
import { buildSearchIndex } from '../../../src/shared/search/index'
import { COMPETENCY_IDS } from '../../../src/shared/story/competency-ids'
import { fixtureStories } from './fixtures'

describe('competencyMatcher', () => {
  it('gives every story exactly what competencyMatch gives it, whatever the question probes', () => {
    const stories = fixtureStories.map((story, i) => ({
      ...story,
      // Some stories keep theirs, some have none (suggested lazily), some a shuffled list.
      competencies:
        i % 3 === 0 ? story.competencies : i % 3 === 1 ? [] : [...COMPETENCY_IDS].slice(i % 5, (i % 5) + 3),
    }))
    const index = buildSearchIndex(stories)
    const probed = fc.uniqueArray(
      fc.record({
        id: fc.constantFrom(...COMPETENCY_IDS, 'not-a-competency'),
        confidence: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      { maxLength: 4, selector: (c) => c.id },
    )
    fc.assert(
      fc.property(probed, (wanted) => {
        const match = competencyMatcher(index, wanted)
        index.docs.forEach((doc, i) => expect(match(i)).toBe(competencyMatch(doc, wanted)))
      }),
      { numRuns: 200 },
    )
  })
})
