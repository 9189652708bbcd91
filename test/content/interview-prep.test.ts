import { describe, expect, it } from 'vitest'
import { competencyById } from '../../src/shared/content/competencies'
import { interviewPrep } from '../../src/shared/content/interview-prep'

describe('content/interview-prep.json', () => {
  it('lists the four things to do before trouble, matching the blockers checklist', () => {
    expect(interviewPrep.beforeTrouble.map((i) => i.id)).toEqual([
      'exec-buy-in',
      'discovery-conversations',
      'regular-check-ins',
      'dependency-owners',
    ])
    const blockerItems = competencyById('blockers')?.checklist.map((i) => i.id) ?? []
    expect(blockerItems).toEqual(expect.arrayContaining(['exec-buy-in', 'dependency-owners']))
  })

  it('asks every preparation prompt as a question', () => {
    for (const item of interviewPrep.beforeTrouble)
      expect(item.prompt.trim().endsWith('?'), item.id).toBe(true)
  })

  it('offers 8 to 12 distinct questions to ask the interviewer', () => {
    const asks = interviewPrep.questionsToAsk
    expect(asks.length).toBeGreaterThanOrEqual(8)
    expect(asks.length).toBeLessThanOrEqual(12)
    expect(new Set(asks).size).toBe(asks.length)
    for (const ask of asks) expect(ask.endsWith('?')).toBe(true)
  })
})
