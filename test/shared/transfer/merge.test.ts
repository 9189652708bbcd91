import { describe, expect, it } from 'vitest'
import { emptyStoryFields, type Story } from '../../../src/shared/story/schema'
import { applyImport, planImport } from '../../../src/shared/transfer/merge'
import { emptyVault } from '../../../src/shared/vault/document'

const at = '2025-01-01T00:00:00.000Z'
const story = (id: string, title: string, situation = ''): Story => ({
  ...emptyStoryFields(title),
  situation,
  id,
  createdAt: at,
  updatedAt: at,
})

describe('import plan', () => {
  const existing = [story('a', 'Launch', 'We launched'), story('b', 'Migration')]

  it('updates by id, skips unchanged stories and duplicates, adds the rest', () => {
    const plan = planImport(existing, [
      { ...emptyStoryFields('Launch v2'), situation: 'We launched', id: 'a' },
      { ...emptyStoryFields('Migration'), id: 'b' },
      { ...emptyStoryFields('  LAUNCH '), situation: 'we   launched' },
      emptyStoryFields('New one'),
      emptyStoryFields('New one'),
    ])
    expect(plan.entries.map((e) => e.action)).toEqual(['update', 'skip', 'skip', 'add', 'skip'])
    expect(plan).toMatchObject({ added: 1, updated: 1, skipped: 3 })
  })

  it('counts a story that differs only in edge whitespace or line endings as unchanged', () => {
    const plan = planImport(
      [{ ...story('a', 'Launch', '  We launched\r\nfast  ') }],
      [{ ...emptyStoryFields('Launch'), situation: 'We launched\nfast', id: 'a' }],
    )
    expect(plan.entries.map((e) => e.action)).toEqual(['skip'])
  })

  it('applies the plan: keeps free ids and createdAt, renames taken ids, keeps order', () => {
    const doc = { ...emptyVault(), stories: existing }
    let n = 0
    const { doc: after, addedIds } = applyImport(
      doc,
      [
        { ...emptyStoryFields('Restored'), id: 'z', createdAt: '2020-01-01T00:00:00.000Z' },
        { ...emptyStoryFields('Clash'), id: 'b', situation: 'different' },
        { ...emptyStoryFields('Launch v2'), situation: 'We launched', id: 'a' },
      ],
      { newId: () => `new-${++n}`, now: '2026-01-01T00:00:00.000Z' },
    )
    expect(after.stories.map((s) => s.id)).toEqual(['a', 'b', 'z'])
    expect(after.stories[0]).toMatchObject({
      title: 'Launch v2',
      createdAt: at,
      updatedAt: '2026-01-01T00:00:00.000Z',
    })
    expect(after.stories[2]).toMatchObject({ title: 'Restored', createdAt: '2020-01-01T00:00:00.000Z' })
    expect(addedIds).toEqual(['z'])
    // "Clash" carries b's id, so it updates b in place rather than adding a copy.
    expect(after.stories[1]).toMatchObject({ title: 'Clash', situation: 'different' })
  })
})
