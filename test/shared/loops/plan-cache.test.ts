import { describe, expect, it, vi } from 'vitest'
import { planLoop } from '../../../src/shared/loops/plan'
import { assessScope } from '../../../src/shared/scope/assess'
import { buildSearchIndex } from '../../../src/shared/search/index'
import { searchStories } from '../../../src/shared/search/rank'
import { loop, pick, round, story } from './helpers'

// Count the slow calls planning makes, still running the real ones.
vi.mock('../../../src/shared/search/rank', async (original) => {
  const real = await original<typeof import('../../../src/shared/search/rank')>()
  return { ...real, searchStories: vi.fn(real.searchStories) }
})
vi.mock('../../../src/shared/scope/assess', async (original) => {
  const real = await original<typeof import('../../../src/shared/scope/assess')>()
  return { ...real, assessScope: vi.fn(real.assessScope) }
})

const stories = [
  story('s-1', 'Moved billing to a new queue', ['ownership', 'delivery']),
  story('s-2', 'Talked a partner team out of a rewrite', ['influence', 'conflict']),
  story('s-3', 'Ran the incident review after an outage', ['ownership', 'failure']),
  story('s-4', 'Coached two new leads through their first quarter', ['leadership', 'influence']),
]
const target = loop('l-1', 'Acme', [
  round('r-1', 'Hiring manager', ['ownership', 'influence'], { picks: [pick('ownership', 's-1')] }),
  round('r-2', 'Bar raiser', ['ownership', 'conflict']),
])
const context = (index = buildSearchIndex(stories)) => ({ stories, loops: [target], ownQuestions: [], index })

describe('planning a loop reuses what its search index already knows', () => {
  it('reads each story’s scope once per index and level, whether it was chosen or searched', () => {
    const ctx = context()
    vi.mocked(assessScope).mockClear()
    planLoop(target, ctx)
    const assessed = vi.mocked(assessScope).mock.calls.map(([s, level]) => `${s.title}@${level}`)
    expect(assessed.length).toBeGreaterThan(0)
    expect(new Set(assessed).size).toBe(assessed.length)
  })

  it('plans again with the same index (every pick in the app) without searching again, alike', () => {
    const ctx = context()
    vi.mocked(searchStories).mockClear()
    const first = planLoop(target, ctx)
    const searches = vi.mocked(searchStories).mock.calls.length
    expect(searches).toBeGreaterThan(0)
    const again = planLoop(target, ctx)
    expect(vi.mocked(searchStories).mock.calls.length).toBe(searches)
    expect(again).toEqual(first)
    // A new index (the stories changed) is searched afresh.
    planLoop(target, context())
    expect(vi.mocked(searchStories).mock.calls.length).toBe(2 * searches)
  })
})
