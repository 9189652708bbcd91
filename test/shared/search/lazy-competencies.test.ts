import { describe, expect, it, vi } from 'vitest'
import { generateStories } from '../../../bench/generate-stories'
import { buildSearchIndex } from '../../../src/shared/search/index'
import { searchStories } from '../../../src/shared/search/rank'

const calls = vi.hoisted(() => ({ count: 0 }))

vi.mock('../../../src/shared/competencies/suggest', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/shared/competencies/suggest')>()
  return {
    ...original,
    effectiveCompetencies: (...args: Parameters<typeof original.effectiveCompetencies>) => {
      calls.count++
      return original.effectiveCompetencies(...args)
    },
  }
})

describe('one question over a large vault without assigned competencies', () => {
  const stories = generateStories(2_000, 3).map((story) => ({ ...story, competencies: [] }))

  it('suggests competencies only for the stories that can reach the results', () => {
    calls.count = 0
    const index = buildSearchIndex(stories)
    expect(calls.count).toBe(0)
    const response = searchStories(index, 'Tell me about a time you disagreed with a partner team', {
      level: 'staff',
      limit: 5,
    })
    expect(response.results).toHaveLength(5)
    expect(calls.count).toBeLessThan(stories.length / 4)
  })
})
