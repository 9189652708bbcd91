import { describe, expect, it } from 'vitest'
import { buildCheatSheet } from '../../../src/shared/cheatsheet/build'
import { COMPETENCY_PRESETS } from '../../../src/shared/cheatsheet/presets'
import { SheetSpecSchema } from '../../../src/shared/cheatsheet/schema'
import { story } from './stories'

const rich = story('rich', {
  title: 'Moved checkout to its own database',
  situation: 'Checkout shared one overloaded database with two other teams. Peaks caused brownouts.',
  task: 'I was asked to move checkout off it before the November peak.',
  action: 'I agreed a shared goal with both teams. I named an owner for every dependency.',
  result: 'We cut over with no downtime. Checkout p99 fell from 900 ms to 120 ms.',
  learnings: 'Sponsorship mattered more than tooling. Build drift checks first.',
  competencies: ['delivery'],
  reach: 'multi-team',
  teams: 3,
  people: 14,
})

describe('buildCheatSheet', () => {
  it('turns a story into a hook, terse STAR bullets, a metric and the learning', () => {
    const spec = SheetSpecSchema.parse({
      company: 'Acme',
      role: 'Staff Engineer',
      competencies: ['delivery'],
    })
    const [entry] = buildCheatSheet(spec, [rich]).entries
    expect(entry?.story).toMatchObject({
      title: 'Moved checkout to its own database',
      hook: 'We cut over with no downtime.',
      metric: 'Checkout p99 fell from 900 ms to 120 ms.',
      learning: 'Sponsorship mattered more than tooling.',
    })
    expect(entry?.story?.star).toEqual([
      { label: 'S', text: 'Checkout shared one overloaded database with two other teams.' },
      // One-page: situation and task share a line, so the task gets nine words.
      { label: 'T', text: 'I was asked to move checkout off it before…' },
      { label: 'A', text: 'I agreed a shared goal with both teams.' },
      // The hook already says the first result sentence; R carries the next.
      { label: 'R', text: 'Checkout p99 fell from 900 ms to 120 ms.' },
    ])
  })

  it('keeps a long sentence to about twenty words', () => {
    const long = story('long', {
      competencies: ['delivery'],
      action: Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ') + '.',
    })
    const spec = SheetSpecSchema.parse({ competencies: ['delivery'] })
    const action = buildCheatSheet(spec, [long]).entries[0]?.story?.star.find((b) => b.label === 'A')
    expect(action?.text.split(' ').length).toBeLessThanOrEqual(20)
    expect(action?.text.endsWith('…')).toBe(true)
  })

  it('carries the prep checklist, the questions to ask and the stories a person may swap to', () => {
    const spec = SheetSpecSchema.parse({
      competencies: ['delivery', 'failure'],
      questionsToAsk: ['  What does success look like?  ', ''],
    })
    const sheet = buildCheatSheet(spec, [rich, story('other', { competencies: ['delivery'] })])
    expect(sheet.beforeTrouble.length).toBeGreaterThanOrEqual(4)
    expect(sheet.questionsToAsk).toEqual(['What does success look like?'])
    expect(sheet.entries[0]?.alternatives.map((a) => a.id)).toEqual(['rich', 'other'])
    expect(sheet.entries[1]).toMatchObject({ competency: 'failure', story: null })
  })

  it('offers the core five and company presets built from the lenses', () => {
    const core = COMPETENCY_PRESETS.find((p) => p.id === 'core')
    expect(core?.competencies).toEqual(['ambiguity', 'partnerships', 'ownership', 'leadership', 'blockers'])
    for (const id of ['amazon', 'meta']) {
      const preset = COMPETENCY_PRESETS.find((p) => p.id === id)
      expect(preset?.competencies.length).toBeGreaterThanOrEqual(4)
      expect(new Set(preset?.competencies).size).toBe(preset?.competencies.length)
    }
  })
})
