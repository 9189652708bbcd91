import { describe, expect, it } from 'vitest'
import { competencies } from '../../src/shared/content/competencies'
import { lensById, lenses, lensItemsFor } from '../../src/shared/content/lenses'

const companyLenses = lenses.filter((lens) => lens.id !== 'core')

describe('content/lenses.json', () => {
  it('has all 16 Amazon principles and the 5 Meta axes', () => {
    expect(lensById('amazon')?.items).toHaveLength(16)
    expect(lensById('meta')?.items.map((i) => i.name)).toEqual([
      'Driving Results',
      'Embracing Ambiguity',
      'Resolving Conflict',
      'Growing Continuously',
      'Communicating Effectively',
    ])
  })

  it('maps each core lens item to exactly its own competency', () => {
    const core = lensById('core')
    expect(core?.items.map((i) => i.id)).toEqual(competencies.map((c) => c.id))
    for (const item of core?.items ?? []) expect(item.competencies).toEqual([item.id])
  })

  it.each(companyLenses.map((lens) => [lens.id, lens] as const))(
    'the %s lens sees every competency through at least one item',
    (_id, lens) => {
      const uncovered = competencies.filter((c) => lensItemsFor(lens, c.id).length === 0).map((c) => c.id)
      expect(uncovered).toEqual([])
    },
  )

  it('has unique lens ids and unique item ids within each lens', () => {
    const ids = lenses.map((l) => l.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const lens of lenses) expect(new Set(lens.items.map((i) => i.id)).size).toBe(lens.items.length)
  })

  it('finds the Amazon items a competency feeds', () => {
    const amazon = lensById('amazon')
    expect(amazon).toBeDefined()
    if (!amazon) return
    expect(lensItemsFor(amazon, 'customer').map((i) => i.id)).toContain('customer-obsession')
    expect(lensItemsFor(amazon, 'conflict').map((i) => i.id)).toContain('have-backbone-disagree-and-commit')
  })
})
