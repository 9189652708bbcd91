import { describe, expect, it } from 'vitest'
import { buildCheatSheet } from '../../../src/shared/cheatsheet/build'
import { COMPETENCY_PRESETS } from '../../../src/shared/cheatsheet/presets'
import { SheetSpecSchema } from '../../../src/shared/cheatsheet/schema'
import { COMPETENCY_IDS } from '../../../src/shared/story/competency-ids'
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
  it('turns a story into a hook, STAR bullets of whole sentences, a metric and the learning', () => {
    const spec = SheetSpecSchema.parse({
      company: 'Acme',
      role: 'Staff Engineer',
      competencies: ['delivery'],
    })
    const [entry] = buildCheatSheet(spec, [rich]).entries
    // One story on the page: room for every sentence; the hook says the whole result, so neither the
    // metric nor an R bullet repeats it.
    expect(entry?.story).toMatchObject({
      title: 'Moved checkout to its own database',
      hook: 'We cut over with no downtime. Checkout p99 fell from 900 ms to 120 ms.',
      metric: null,
      learning: 'Sponsorship mattered more than tooling. Build drift checks first.',
    })
    expect(entry?.story?.star).toEqual([
      {
        label: 'S',
        text: 'Checkout shared one overloaded database with two other teams. Peaks caused brownouts.',
      },
      { label: 'T', text: 'I was asked to move checkout off it before the November peak.' },
      { label: 'A', text: 'I agreed a shared goal with both teams. I named an owner for every dependency.' },
    ])
  })

  it('keeps whole sentences, the most telling ones, when eight stories share the page', () => {
    const eight = COMPETENCY_IDS.slice(0, 8)
    const spec = SheetSpecSchema.parse({ competencies: eight })
    const stories = eight.map((id) => ({ ...rich, id: `rich-${id}`, competencies: [id] }))
    const entry = buildCheatSheet(spec, stories).entries[0]
    expect(entry?.story?.hook).toBe('We cut over with no downtime. Checkout p99 fell from 900 ms to 120 ms.')
    for (const bullet of entry?.story?.star ?? []) expect(bullet.text).toMatch(/[.!?]$/)
  })

  it('cuts only a run-on sentence far past its room, and says so', () => {
    const long = story('long', {
      competencies: ['delivery'],
      action: Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ') + '.',
    })
    const spec = SheetSpecSchema.parse({ competencies: ['delivery'] })
    const action = buildCheatSheet(spec, [long]).entries[0]?.story?.star.find((b) => b.label === 'A')
    expect(action?.text.split(' ').length).toBeLessThanOrEqual(48)
    expect(action?.text.endsWith('…')).toBe(true)
  })

  it('prints the 30-second version in place of the bullets when the story has one', () => {
    const spec = SheetSpecSchema.parse({ competencies: ['delivery'] })
    const short = {
      ...rich,
      shortVersion: 'Moved checkout off a shared database before the peak. No downtime.',
    }
    const entry = buildCheatSheet(spec, [short]).entries[0]
    expect(entry?.story?.hook).toBe('Moved checkout off a shared database before the peak. No downtime.')
    expect(entry?.story?.star).toEqual([])
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
