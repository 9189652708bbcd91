import { describe, expect, it } from 'vitest'
import { rubricFor, scopeRubric } from '../../src/shared/content/scope-rubric'
import { reachRank, TARGET_LEVELS, type TargetLevel } from '../../src/shared/story/levels'

function atLeast(higher: TargetLevel, lower: TargetLevel): void {
  const a = rubricFor(higher)
  const b = rubricFor(lower)
  expect(reachRank(a.reach), `${higher} reach`).toBeGreaterThanOrEqual(reachRank(b.reach))
  expect(a.people, `${higher} people`).toBeGreaterThanOrEqual(b.people)
  expect(a.teams, `${higher} teams`).toBeGreaterThanOrEqual(b.teams)
  expect(a.durationWeeks, `${higher} duration`).toBeGreaterThanOrEqual(b.durationWeeks)
}

describe('content/scope-rubric.json', () => {
  it('has one entry for every target level', () => {
    expect(Object.keys(scopeRubric.levels).sort()).toEqual([...TARGET_LEVELS].sort())
  })

  it('grows with seniority on the individual track and the management track', () => {
    atLeast('staff', 'senior')
    atLeast('principal', 'staff')
    atLeast('director', 'manager')
    atLeast('director', 'senior')
  })

  it('follows the domain rule: senior reaches the team (3+), staff reaches 2+ teams', () => {
    expect(rubricFor('senior')).toMatchObject({ reach: 'team', people: 3 })
    expect(rubricFor('staff').reach).toBe('multi-team')
    expect(rubricFor('staff').teams).toBeGreaterThanOrEqual(2)
    expect(reachRank(rubricFor('principal').reach)).toBeGreaterThan(reachRank(rubricFor('staff').reach))
  })

  it('explains every level in words', () => {
    for (const level of TARGET_LEVELS) {
      expect(rubricFor(level).summary.length).toBeGreaterThan(40)
      expect(rubricFor(level).fits.length).toBeGreaterThan(40)
    }
  })
})
