import { describe, expect, it } from 'vitest'
import { buildSearchIndex, storyCompetencies } from '../../../src/shared/search/index'
import { searchStories } from '../../../src/shared/search/rank'
import { fixtureStories } from './fixtures'

const questions = [
  'Tell me about a database migration',
  'How do you handle conflict?',
  'Tell me about a failure',
]
const ids = (index: ReturnType<typeof buildSearchIndex>, q: string) =>
  searchStories(index, q, { level: 'staff' }).results.map((r) => [r.id, r.score])

describe('buildSearchIndex', () => {
  it('rebuilds after an edit with the same answers as a full build', () => {
    const first = buildSearchIndex(fixtureStories)
    const edited = fixtureStories.map((s) =>
      s.id === 'rust-pipeline'
        ? {
            ...s,
            title: 'Led the database migration of the image store',
            updatedAt: '2026-02-01T00:00:00.000Z',
          }
        : s,
    )
    const incremental = buildSearchIndex(edited, { previous: first })
    const full = buildSearchIndex(edited)
    for (const q of questions) expect(ids(incremental, q)).toEqual(ids(full, q))
    expect(ids(incremental, questions[0]!)).not.toEqual(ids(first, questions[0]!))
  })

  it('drops deleted stories and adds new ones', () => {
    const first = buildSearchIndex(fixtureStories)
    const without = buildSearchIndex(
      fixtureStories.filter((s) => s.id !== 'oracle-billing'),
      { previous: first },
    )
    expect(ids(without, 'Oracle billing database').map(([id]) => id)).not.toContain('oracle-billing')
  })

  it('uses the story’s competencies for matching', () => {
    const index = buildSearchIndex(fixtureStories)
    const doc = index.docs.find((d) => d.story.id === 'checkout-partners')
    expect(doc && storyCompetencies(doc)).toEqual(['partnerships', 'blockers'])
  })

  it('keeps every posting list in three shared arrays, not three small arrays per word', () => {
    const index = buildSearchIndex(fixtureStories)
    const lists = [...index.postings.values()]
    expect(lists.length).toBeGreaterThan(100)
    expect(new Set(lists.map((p) => p.docs.buffer)).size).toBe(1)
    expect(new Set(lists.map((p) => p.weights.buffer)).size).toBe(1)
    const entries = index.docs.reduce((sum, d) => sum + d.termIds.length, 0)
    expect(lists.reduce((sum, p) => sum + p.docs.length, 0)).toBe(entries)
  })
})
