import { afterEach, describe, expect, it } from 'vitest'
import { openHarness, value, type Harness } from './harness'
import { emptyStoryFields } from '../../../src/shared/story/schema'

let h: Harness
afterEach(() => h?.close())

describe('backup handlers', () => {
  it('lists, previews and restores backups through the contract', async () => {
    let clock = Date.parse('2026-11-25T09:00:00.000Z')
    h = await openHarness('valid.json', { now: () => new Date((clock += 1000)) })
    value(await h.call('stories:save', emptyStoryFields('Third story')))
    const list = value(await h.call('backups:list'))
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject({ kind: 'auto', storyCount: 2 })
    const id = list[0]?.id ?? ''
    const preview = value(await h.call('backups:preview', id))
    expect(preview.titles).toEqual(['Migrated the billing service', 'Calmed a conflict between two teams'])
    const restored = value(await h.call('backups:restore', id))
    expect(restored.stories).toHaveLength(2)
    const after = value(await h.call('backups:list'))
    expect(after.map((b) => b.kind)).toContain('pre-restore')
  })

  it('refuses ids that try to leave the backups folder', async () => {
    h = await openHarness()
    const result = await h.callRaw('backups:preview', ['../vault'])
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })
})
