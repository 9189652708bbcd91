import { readFileSync, writeFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION, type VaultDocument } from '../../../src/shared/vault/document'
import { makeStory, readJson } from '../vault/helpers'
import { openHarness, value, type Harness } from './harness'

let h: Harness
afterEach(() => h?.close())

const onDisk = () => readJson(h.vault.path) as VaultDocument
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString()

describe('Recently deleted', () => {
  it('deleting moves the story to the trash in the same write, and restoring puts it back as it was', async () => {
    h = await openHarness('valid.json')
    const [first] = value(await h.call('stories:list'))
    if (!first) throw new Error('fixture has stories')
    value(await h.call('stories:delete', first.id))

    const disk = onDisk()
    expect(disk.stories.map((s) => s.id)).toEqual(['s-2'])
    expect(disk.trash).toEqual([{ story: first, deletedAt: expect.any(String) }])
    expect(value(await h.call('trash:list')).map((item) => item.story.id)).toEqual([first.id])

    expect(value(await h.call('trash:restore', first.id))).toEqual(first)
    expect(onDisk().stories.find((s) => s.id === first.id)).toEqual(first)
    expect(onDisk().trash).toEqual([])
    expect(await h.call('trash:restore', first.id)).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('restores under a new id when the old one is taken, so neither story is lost', async () => {
    h = await openHarness('valid.json')
    const [first] = value(await h.call('stories:list'))
    if (!first) throw new Error('fixture has stories')
    value(await h.call('stories:delete', first.id))
    // The same story comes back another way (an import, say) before the trash is used.
    value(await h.call('stories:restore', { ...first, title: 'Imported again' }))
    value(await h.call('stories:delete', 's-2'))
    await h.services.vault.update((doc) => ({
      ...doc,
      trash: [...doc.trash, { story: first, deletedAt: new Date().toISOString() }],
    }))

    const restored = value(await h.call('trash:restore', first.id))
    expect(restored.id).not.toBe(first.id)
    expect(restored.title).toBe(first.title)
    expect(
      onDisk()
        .stories.map((s) => s.title)
        .sort(),
    ).toEqual([first.title, 'Imported again'].sort())
  })

  it('lists newest first, deletes one for good, and empties the rest', async () => {
    h = await openHarness('valid.json')
    value(await h.call('stories:delete', 's-1'))
    await new Promise((r) => setTimeout(r, 5))
    value(await h.call('stories:delete', 's-2'))
    expect(value(await h.call('trash:list')).map((i) => i.story.id)).toEqual(['s-2', 's-1'])
    expect(value(await h.call('trash:delete-forever', 's-2')).map((i) => i.story.id)).toEqual(['s-1'])
    expect(onDisk().trash.map((i) => i.story.id)).toEqual(['s-1'])
    expect(value(await h.call('trash:empty'))).toEqual([])
    expect(onDisk().trash).toEqual([])
    expect(await h.call('trash:delete-forever', 's-1')).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
  })

  it('forgets stories deleted more than 30 days ago: hidden on open, gone from the file at the next save', async () => {
    h = await openHarness()
    const old = makeStory('Deleted long ago')
    const recent = makeStory('Deleted last week')
    const doc = {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      onboarded: true,
      stories: [makeStory('Still here')],
      trash: [
        { story: old, deletedAt: daysAgo(31) },
        { story: recent, deletedAt: daysAgo(7) },
      ],
    }
    writeFileSync(h.vault.path, JSON.stringify(doc))
    const before = readFileSync(h.vault.path, 'utf8')
    await h.services.vault.reload()

    expect(value(await h.call('trash:list')).map((i) => i.story.title)).toEqual(['Deleted last week'])
    expect(readFileSync(h.vault.path, 'utf8')).toBe(before)
    value(await h.call('settings:update', { targetLevel: 'senior' }))
    expect(onDisk().trash.map((i) => i.story.title)).toEqual(['Deleted last week'])
  })
})
