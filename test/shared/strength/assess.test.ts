import { describe, expect, it } from 'vitest'
import { assessStrength } from '../../../src/shared/strength/assess'
import { hasMetric, speakingMinutes, voice, weDominates } from '../../../src/shared/strength/measures'
import { StoryFieldsSchema, type StoryFields } from '../../../src/shared/story/schema'
import { LABELLED } from '../competencies/fixtures'

const story = (fields: Partial<StoryFields>): StoryFields =>
  StoryFieldsSchema.parse({ title: 'A story', ...fields })

describe('measures', () => {
  it('recognises measurable results', () => {
    for (const result of [
      'latency fell 40%',
      'saved $300k',
      'p99 900 ms → 120 ms',
      'from 3 hours to 20 minutes',
      'throughput doubled',
      '3x faster',
    ]) {
      expect(hasMetric(story({ result })), result).toBe(true)
    }
    expect(hasMetric(story({ result: 'It went well and people were happy.' }))).toBe(false)
    expect(hasMetric(story({ metrics: ['NPS +12'] }))).toBe(true)
  })

  it('counts speaking time at about 150 words a minute', () => {
    expect(speakingMinutes(story({ action: 'word '.repeat(300) }))).toBe(2)
  })

  it('notices when "we" dominates', () => {
    const v = voice(
      story({ action: 'We planned it, we built it, our team shipped it and we celebrated. I helped.' }),
    )
    expect(v).toEqual({ i: 1, we: 4 })
    expect(weDominates(v)).toBe(true)
    expect(weDominates(voice(story({ action: 'I planned it and I built it; we shipped.' })))).toBe(false)
  })
})

describe('assessStrength', () => {
  it('lists checklist items present and missing for the effective competencies', () => {
    const s = LABELLED.find((l) => l.story.title.startsWith('Outage'))!.story
    const strength = assessStrength(s)
    expect(strength.competencies).toContain('ownership')
    const ownership = strength.checklist.ownership!
    expect(ownership.present.map((i) => i.id)).toContain('alarms-checks')
    expect(ownership.present.length + ownership.missing.length).toBeGreaterThan(3)
  })

  it('asks for a metric, learnings and more substance in a thin story', () => {
    const strength = assessStrength(story({ action: 'We fixed the bug.', result: 'It worked.' }))
    const kinds = strength.fixes.map((f) => f.kind)
    expect(kinds).toEqual(expect.arrayContaining(['metric', 'learnings', 'length']))
    expect(strength.hasMetric).toBe(false)
  })

  it('flags a story too long to tell', () => {
    const strength = assessStrength(
      story({ action: 'I did a thing. '.repeat(200), result: 'Cut costs 20%.' }),
    )
    expect(strength.speakingMinutes).toBeGreaterThan(3)
    expect(strength.fixes.find((f) => f.kind === 'length')?.message).toMatch(/minutes spoken/)
  })

  it('has no metric, voice or learnings fix for a strong story', () => {
    const s = story({
      action: 'I planned the rollout, I paired with each engineer and I wrote the runbook. '.repeat(4),
      result: 'Errors fell 80% and we saved $40k a year.',
      learnings: 'Start with the riskiest part.',
    })
    const kinds = assessStrength(s).fixes.map((f) => f.kind)
    expect(kinds).not.toContain('metric')
    expect(kinds).not.toContain('voice')
    expect(kinds).not.toContain('learnings')
  })
})
