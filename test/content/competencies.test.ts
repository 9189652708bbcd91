import { describe, expect, it } from 'vitest'
import { competencies, competencyById, coreCompetencies } from '../../src/shared/content/competencies'
import { COMPETENCY_IDS } from '../../src/shared/story/competency-ids'

const EXPECTED_IDS = [
  'ambiguity',
  'partnerships',
  'ownership',
  'leadership',
  'blockers',
  'conflict',
  'failure',
  'prioritization',
  'customer',
  'delivery',
  'influence',
  'growth',
]

function repeatsIn(values: readonly string[]): string[] {
  const lower = values.map((v) => v.toLowerCase())
  return lower.filter((v, i) => lower.indexOf(v) !== i)
}

describe('content/competencies.json', () => {
  it('keeps the twelve ids in their agreed order', () => {
    expect(competencies.map((c) => c.id)).toEqual(EXPECTED_IDS)
    expect(COMPETENCY_IDS).toEqual(EXPECTED_IDS)
  })

  it('marks exactly the first five as core', () => {
    expect(coreCompetencies.map((c) => c.id)).toEqual(EXPECTED_IDS.slice(0, 5))
  })

  it('looks competencies up by id', () => {
    expect(competencyById('ownership')?.name).toBe('Ownership')
    expect(competencyById('no-such-id')).toBeUndefined()
  })

  it.each(competencies.map((c) => [c.id, c] as const))('%s has a full checklist and cue lists', (_id, c) => {
    expect(c.wants.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 0).length).toBeGreaterThanOrEqual(2)
    expect(c.checklist.length).toBeGreaterThanOrEqual(5)
    expect(c.checklist.length).toBeLessThanOrEqual(8)
    for (const item of c.checklist) {
      expect(item.cues.length, item.id).toBeGreaterThanOrEqual(8)
      expect(item.cues.length, item.id).toBeLessThanOrEqual(20)
      expect(repeatsIn(item.cues), item.id).toEqual([])
    }
    expect(repeatsIn(c.checklist.map((i) => i.id))).toEqual([])
    expect(c.storySignals.length).toBeGreaterThanOrEqual(40)
    expect(c.storySignals.length).toBeLessThanOrEqual(80)
    expect(c.questionCues.length).toBeGreaterThanOrEqual(30)
    expect(c.questionCues.length).toBeLessThanOrEqual(60)
    expect(repeatsIn(c.storySignals)).toEqual([])
    expect(repeatsIn(c.questionCues)).toEqual([])
  })

  it('stores cues in lower case so matchers can compare them directly', () => {
    const mixedCase = competencies.flatMap((c) =>
      [...c.storySignals, ...c.questionCues, ...c.checklist.flatMap((i) => i.cues)].filter(
        (cue) => cue !== cue.toLowerCase(),
      ),
    )
    expect(mixedCase).toEqual([])
  })

  it('covers the checklist items the domain notes name for ownership, blockers and leadership', () => {
    const itemIds = (id: string) => competencyById(id)?.checklist.map((i) => i.id) ?? []
    expect(itemIds('ownership')).toEqual(
      expect.arrayContaining([
        'spotted-problem',
        'divided-work',
        'alarms-checks',
        'made-it-last',
        'verified-success',
      ]),
    )
    expect(itemIds('blockers')).toEqual(
      expect.arrayContaining([
        'exec-buy-in',
        'discovery',
        'check-ins',
        'dependency-owners',
        'unblocked-mid-project',
      ]),
    )
    expect(itemIds('leadership')).toEqual(
      expect.arrayContaining(['spikes', 'riskiest-first', 'ninety-ten', 'feedback-gift', 'mentee-growth']),
    )
  })
})
