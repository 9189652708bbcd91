import { describe, expect, it } from 'vitest'
import { strengthsByStory } from '../../../src/shared/competencies/coverage'
import { effectiveCompetencies } from '../../../src/shared/competencies/suggest'
import type { Lens } from '../../../src/shared/content/lenses'
import { demoStories } from '../../../src/shared/content/demo-vault'
import {
  availableLenses,
  findLens,
  itemStrength,
  lensItemQuotes,
  lensItemsShown,
} from '../../../src/shared/lenses/lens-view'
import { StoryFieldsSchema, type StoryFields } from '../../../src/shared/story/schema'
import { buildMatrix } from '../../../src/renderer/src/features/matrix/matrix-model'

const story = (fields: Partial<StoryFields>): StoryFields =>
  StoryFieldsSchema.parse({ title: 'A story', ...fields })

const amazonLike: Lens = {
  id: 'amazon',
  name: 'Amazon',
  items: [
    {
      id: 'ownership',
      name: 'Ownership',
      summary: 's',
      competencies: ['ownership', 'blockers'],
      cues: ['on my own', 'took ownership'],
    },
    { id: 'dive-deep', name: 'Dive Deep', summary: 's', competencies: ['ambiguity'], cues: ['root cause'] },
  ],
}
const core: Lens = {
  id: 'core',
  name: 'Core',
  items: [{ id: 'growth', name: 'Growth', summary: 's', competencies: ['growth'], cues: [] }],
}

describe('lenses', () => {
  it('offers the app lens first, then companies', () => {
    expect(availableLenses([amazonLike, core]).map((l) => l.id)).toEqual(['core', 'amazon'])
    expect(findLens('nope', [amazonLike, core]).id).toBe('core')
  })

  it('shows a company item only where the story says something it is about', () => {
    const said = story({ action: 'I Took Ownership of the backlog.' })
    expect(lensItemsShown(amazonLike, ['blockers'], said)).toEqual([
      { item: amazonLike.items[0], quotes: ['Took Ownership'] },
    ])
    const silent = story({ action: 'I cleared the backlog.' })
    expect(lensItemsShown(amazonLike, ['blockers', 'ambiguity'], silent)).toEqual([])
    expect(lensItemsShown(amazonLike, ['growth'], said)).toEqual([])
  })

  it('sees the core lens through the competencies alone', () => {
    expect(lensItemsShown(core, ['growth'], story({})).map((s) => s.item.id)).toEqual(['growth'])
  })

  it('takes the strongest competency behind an item', () => {
    const item = amazonLike.items[0]!
    expect(
      itemStrength(
        item,
        new Map([
          ['ownership', 0.4],
          ['blockers', 0.9],
        ]),
      ),
    ).toBe(0.9)
    expect(itemStrength(item, new Map())).toBe(0)
  })

  it('has amazon and meta lenses in the shipped content, every company item with words of its own', () => {
    const all = availableLenses()
    expect(all.map((l) => l.id)).toEqual(expect.arrayContaining(['core', 'amazon', 'meta']))
    for (const lens of all.filter((l) => l.id !== 'core')) {
      for (const item of lens.items) expect(item.cues.length, `${lens.id}/${item.id}`).toBeGreaterThan(5)
    }
  })
})

describe('company lenses do not overclaim', () => {
  const amazon = findLens('amazon')

  it('does not credit a principle a story never speaks to', () => {
    const flaky = story({
      title: 'Fixed our flaky test suite on my own',
      situation: 'A third of CI runs failed for no reason and people had stopped trusting red builds.',
      action:
        'I tracked the failures for a week, found three shared fixtures leaking state and isolated them.',
      result: 'Flaky failures dropped from 30% of runs to under 1%.',
    })
    const shown = lensItemsShown(amazon, effectiveCompetencies(flaky), flaky).map((s) => s.item.name)
    expect(shown).not.toContain('Success and Scale Bring Broad Responsibility')
    expect(shown).not.toContain('Strive to be Earth’s Best Employer')
    expect(shown).not.toContain("Strive to be Earth's Best Employer")
  })

  it('quotes the story itself for every principle it shows', () => {
    for (const raw of demoStories) {
      const s = StoryFieldsSchema.parse(raw)
      const text = [s.title, s.situation, s.task, s.action, s.result, s.learnings, ...s.metrics].join('\n')
      for (const [, quotes] of lensItemQuotes(amazon, s)) {
        for (const quote of quotes) for (const part of quote.split(' … ')) expect(text).toContain(part)
      }
    }
  })

  it('leaves principles uncovered when no story speaks to them', () => {
    const at = '2025-01-01T00:00:00.000Z'
    const stories = demoStories.map((raw, i) => ({
      ...StoryFieldsSchema.parse(raw),
      id: `s${i}`,
      createdAt: at,
      updatedAt: at,
    }))
    const strengths = strengthsByStory(stories)
    const model = buildMatrix(stories, amazon, strengths)
    const perCompetency = buildMatrix(stories, { ...amazon, id: 'core' }, strengths)
    // Mapping through broad competencies alone claimed every principle; words of their own do not.
    expect(perCompetency.covered).toBe(amazon.items.length)
    expect(model.covered).toBeLessThan(amazon.items.length)
    const earth = model.coverage.rows.find((r) => r.id === 'success-and-scale-bring-broad-responsibility')
    expect(earth?.strongCount ?? 0).toBeLessThan(
      perCompetency.coverage.rows.find((r) => r.id === earth?.id)!.strongCount,
    )
  })
})
