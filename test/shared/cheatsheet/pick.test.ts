import { describe, expect, it } from 'vitest'
import { pickStories } from '../../../src/shared/cheatsheet/pick'
import { story } from './stories'

const pickOf = (picks: ReturnType<typeof pickStories>, competency: string) =>
  picks.find((p) => p.competency === competency)

describe('pickStories', () => {
  it('prefers the largest scope that fits the level over a smaller story with a metric', () => {
    const small = story('small', {
      competencies: ['ownership'],
      reach: 'individual',
      people: 1,
      metrics: ['build time 40 min → 8 min'],
    })
    const team = story('team', { competencies: ['ownership'], reach: 'multi-team', teams: 3, people: 20 })
    const org = story('org', { competencies: ['ownership'], reach: 'org', teams: 6, people: 80 })
    const [pick] = pickStories({ stories: [small, team, org], level: 'staff', competencies: ['ownership'] })
    expect(pick?.story?.id).toBe('org')
    expect(pick?.candidates.map((s) => s.id)).toEqual(['org', 'team', 'small'])
    expect(pick?.smallForLevel).toBe(false)
  })

  it('flags a pick whose scope is small for the level when nothing bigger exists', () => {
    const small = story('small', { competencies: ['growth'], reach: 'individual', people: 1 })
    const [pick] = pickStories({ stories: [small], level: 'staff', competencies: ['growth'] })
    expect(pick?.story?.id).toBe('small')
    expect(pick?.smallForLevel).toBe(true)
  })

  it('among equal scope, prefers the story with a measurable result', () => {
    const plain = story('plain', { competencies: ['delivery'], reach: 'org', teams: 5 })
    const measured = story('measured', {
      competencies: ['delivery'],
      reach: 'org',
      teams: 5,
      metrics: ['p99 900 ms → 120 ms'],
    })
    const [pick] = pickStories({ stories: [plain, measured], level: 'staff', competencies: ['delivery'] })
    expect(pick?.story?.id).toBe('measured')
  })

  it('uses each story once, filling the hardest competency first', () => {
    // "both" is the best story for both areas but the only one for delivery.
    const both = story('both', { competencies: ['ownership', 'delivery'], reach: 'org', teams: 6 })
    const other = story('other', { competencies: ['ownership'], reach: 'multi-team', teams: 2 })
    const picks = pickStories({
      stories: [both, other],
      level: 'staff',
      competencies: ['ownership', 'delivery'],
    })
    expect(pickOf(picks, 'delivery')?.story?.id).toBe('both')
    expect(pickOf(picks, 'ownership')?.story?.id).toBe('other')
    expect(picks.map((p) => p.reason)).toEqual(['best', 'best'])
  })

  it("lets the person's swap win and keeps the order of the sheet", () => {
    const best = story('best', { competencies: ['conflict'], reach: 'org', teams: 6 })
    const mine = story('mine', { competencies: ['conflict'], reach: 'team', people: 4 })
    const picks = pickStories({
      stories: [best, mine],
      level: 'staff',
      competencies: ['influence', 'conflict'],
      picks: { conflict: 'mine' },
    })
    expect(picks.map((p) => p.competency)).toEqual(['influence', 'conflict'])
    expect(pickOf(picks, 'conflict')).toMatchObject({ reason: 'chosen', story: { id: 'mine' } })
  })

  it('ignores a swap to a story that no longer exists', () => {
    const best = story('best', { competencies: ['conflict'], reach: 'org', teams: 6 })
    const [pick] = pickStories({
      stories: [best],
      level: 'staff',
      competencies: ['conflict'],
      picks: { conflict: 'deleted-story' },
    })
    expect(pick).toMatchObject({ reason: 'best', story: { id: 'best' } })
  })

  it('reports gaps, and reuses a story only when nothing else demonstrates the area', () => {
    const only = story('only', { competencies: ['customer', 'delivery'], reach: 'org', teams: 5 })
    const picks = pickStories({
      stories: [only],
      level: 'staff',
      competencies: ['customer', 'delivery', 'failure'],
    })
    expect(pickOf(picks, 'failure')).toMatchObject({ story: null, reason: 'none', candidates: [] })
    expect(
      picks
        .filter((p) => p.story?.id === 'only')
        .map((p) => p.reason)
        .sort(),
    ).toEqual(['best', 'reused'])
  })

  it('never picks a story for a competency the person rejected', () => {
    const rejected = story('rejected', {
      competencies: ['delivery'],
      rejectedCompetencies: ['ownership'],
      reach: 'org',
      teams: 5,
    })
    const [pick] = pickStories({ stories: [rejected], level: 'staff', competencies: ['ownership'] })
    expect(pick?.story).toBeNull()
  })
})
