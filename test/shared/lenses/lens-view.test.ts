import { describe, expect, it } from 'vitest'
import { availableLenses, findLens, itemStrength, lensItemsShown } from '../../../src/shared/lenses/lens-view'
import type { Lens } from '../../../src/shared/content/lenses'

const amazonLike: Lens = {
  id: 'amazon',
  name: 'Amazon',
  items: [
    { id: 'ownership', name: 'Ownership', summary: 's', competencies: ['ownership', 'blockers'] },
    { id: 'dive-deep', name: 'Dive Deep', summary: 's', competencies: ['ambiguity'] },
  ],
}
const core: Lens = {
  id: 'core',
  name: 'Core',
  items: [{ id: 'growth', name: 'Growth', summary: 's', competencies: ['growth'] }],
}

describe('lenses', () => {
  it('offers the app lens first, then companies', () => {
    expect(availableLenses([amazonLike, core]).map((l) => l.id)).toEqual(['core', 'amazon'])
    expect(findLens('nope', [amazonLike, core]).id).toBe('core')
  })

  it('shows a story through the items its competencies feed', () => {
    expect(lensItemsShown(amazonLike, ['blockers']).map((i) => i.id)).toEqual(['ownership'])
    expect(lensItemsShown(amazonLike, ['growth'])).toEqual([])
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

  it('has amazon and meta lenses in the shipped content', () => {
    const ids = availableLenses().map((l) => l.id)
    expect(ids).toEqual(expect.arrayContaining(['core', 'amazon', 'meta']))
  })
})
