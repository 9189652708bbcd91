import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openVaultStore, type OpenVaultOptions } from '../../../src/main/vault/store'
import type { VaultStore } from '../../../src/main/vault/store-types'
import type { VaultDocument } from '../../../src/shared/vault/document'
import { makeStory, readJson, tempVault, waitFor, type TempVault } from './helpers'

let vault: TempVault
let store: VaultStore | undefined
afterEach(async () => {
  await store?.close()
  store = undefined
  vault?.cleanup()
})

async function open(options: OpenVaultOptions = {}): Promise<VaultStore> {
  vault = tempVault()
  store = await openVaultStore(vault.path, { watch: false, minBackupIntervalMs: 0, ...options })
  return store
}

const onDisk = () => readJson(vault.path) as VaultDocument
const withStories = (n: number) => (doc: VaultDocument) => ({
  ...doc,
  stories: Array.from({ length: n }, (_, i) => makeStory(`Story ${i}`)),
})

describe('VaultStore.update', () => {
  it('writes the change and resolves once it is on disk', async () => {
    const s = await open()
    await s.update(withStories(2))
    expect(onDisk().stories.map((story) => story.title)).toEqual(['Story 0', 'Story 1'])
  })

  it('refuses invalid data with per-field details and leaves the file alone', async () => {
    const s = await open()
    await s.update(withStories(1))
    const before = readFileSync(vault.path, 'utf8')
    const bad = { ...makeStory('x'), title: '', year: 1.5 }
    const attempt = s.update((doc) => ({ ...doc, stories: [...doc.stories, bad] }))
    await expect(attempt).rejects.toMatchObject({ code: 'invalid-input' })
    const error = (await attempt.catch((e: unknown) => e)) as { details: string[] }
    expect(error.details.join('\n')).toMatch(/title/)
    expect(error.details.join('\n')).toMatch(/year/)
    expect(readFileSync(vault.path, 'utf8')).toBe(before)
  })

  it('refuses two stories with the same id', async () => {
    const s = await open()
    const story = makeStory('Twin')
    await expect(s.update((doc) => ({ ...doc, stories: [story, { ...story }] }))).rejects.toMatchObject({
      code: 'invalid-input',
    })
  })

  it('rejects a 10 MB field quickly with a clear size message', async () => {
    const s = await open()
    const huge = makeStory('Huge', { situation: 'x'.repeat(10 * 1024 * 1024) })
    const started = performance.now()
    const attempt = s.update((doc) => ({ ...doc, stories: [huge] }))
    await expect(attempt).rejects.toMatchObject({
      code: 'too-large',
      message: expect.stringMatching(/Situation is limited to 20,000 characters/),
    })
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('asks for confirmation before removing more than half of four or more stories', async () => {
    const s = await open()
    await s.update(withStories(6))
    const keepTwo = (doc: VaultDocument) => ({ ...doc, stories: doc.stories.slice(0, 2) })
    await expect(s.update(keepTwo)).rejects.toMatchObject({ code: 'needs-confirmation' })
    expect(onDisk().stories).toHaveLength(6)
    await s.update((doc) => ({ ...doc, stories: doc.stories.slice(0, 3) }))
    expect(onDisk().stories).toHaveLength(3)
    await s.update((doc) => ({ ...doc, stories: [] }), { allowLargeRemoval: true })
    expect(onDisk().stories).toHaveLength(0)
  })

  it('counts replaced stories as removed, not just a smaller list', async () => {
    const s = await open()
    await s.update(withStories(4))
    await expect(s.update(withStories(4))).rejects.toMatchObject({ code: 'needs-confirmation' })
  })

  it('applies concurrent updates one after another, none lost', async () => {
    const s = await open()
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        s
          .update((doc) => ({ ...doc, stories: [...doc.stories, makeStory(`Parallel ${i}`)] }))
          .then(() => {
            // When each promise resolves its story is already on disk.
            return onDisk().stories.some((story) => story.title === `Parallel ${i}`)
          }),
      ),
    )
    expect(results.every(Boolean)).toBe(true)
    expect(onDisk().stories).toHaveLength(20)
  })

  it('refuses changes after close instead of writing behind the next owner', async () => {
    const s = await open()
    await s.close()
    await expect(s.update(withStories(1))).rejects.toMatchObject({ code: 'unavailable' })
  })

  it('finishes changes asked for before close, so the last save before quitting lands', async () => {
    const s = await open()
    const pending = s.update(withStories(3))
    await s.close()
    await expect(pending).resolves.toMatchObject({ stories: expect.any(Array) })
    expect(onDisk().stories).toHaveLength(3)
  })

  it('hands out a frozen document so nobody changes it behind the store', async () => {
    const s = await open()
    await s.update(withStories(1))
    const doc = s.current()
    expect(() => {
      ;(doc.stories as unknown[]).push(makeStory())
    }).toThrow()
    expect(() => {
      ;(doc.stories[0] as { title: string }).title = 'changed'
    }).toThrow()
  })

  it('keeps rolling backups of what was overwritten and prunes past ten', async () => {
    let clock = Date.parse('2026-11-25T12:00:00.000Z')
    const s = await open({ now: () => new Date((clock += 1000)) })
    for (let i = 1; i <= 15; i++) await s.update(withStories(Math.min(i, 3)))
    const backups = readdirSync(join(vault.dir, 'backups', 'vault')).sort()
    expect(backups).toHaveLength(10)
    const newest = backups.at(-1) ?? ''
    expect(newest).toMatch(/^auto-2026-11-25T12-00-\d\d-000Z-3s\.json$/)
    expect((readJson(join(vault.dir, 'backups', 'vault', newest)) as VaultDocument).stories).toHaveLength(3)
  })

  it('takes a backup at most once per interval after the first save of a session', async () => {
    let clock = Date.parse('2026-11-25T12:00:00.000Z')
    const s = await open({ now: () => new Date((clock += 1000)), minBackupIntervalMs: 60_000 })
    for (let i = 1; i <= 5; i++) await s.update(withStories(1))
    expect(readdirSync(join(vault.dir, 'backups', 'vault'))).toHaveLength(1)
    clock += 120_000
    await s.update(withStories(1))
    expect(readdirSync(join(vault.dir, 'backups', 'vault'))).toHaveLength(2)
  })
})

describe('outside changes', () => {
  const outsideDoc = (title: string) => ({
    schemaVersion: 1,
    onboarded: true,
    stories: [makeStory(title)],
  })

  it('spots an outside edit before saving and refuses to overwrite it', async () => {
    const s = await open()
    await s.update(withStories(1))
    writeFileSync(vault.path, JSON.stringify(outsideDoc('From my laptop')))
    await expect(s.update(withStories(1))).rejects.toMatchObject({ code: 'conflict' })
    expect(s.hasExternalChange()).toBe(true)
    expect(onDisk().stories[0]?.title).toBe('From my laptop')
  })

  it('tells the app through onExternalChange when the file changes while it is open', async () => {
    const seen: string[] = []
    const s = await open({ watch: true, debounceMs: 30, onExternalChange: ({ path }) => seen.push(path) })
    await s.update(withStories(2))
    await new Promise((r) => setTimeout(r, 200))
    expect(seen).toEqual([]) // our own saves are not outside changes
    writeFileSync(vault.path, JSON.stringify(outsideDoc('Synced in')))
    await waitFor(() => seen.length > 0)
    expect(seen[0]).toBe(vault.path)
    await expect(s.update(withStories(2))).rejects.toMatchObject({ code: 'conflict' })
  })

  it('keep mine: saves their version as an external backup, then writes ours', async () => {
    const s = await open()
    await s.update(withStories(2))
    const theirs = JSON.stringify(outsideDoc('Theirs'))
    writeFileSync(vault.path, theirs)
    await expect(s.update(withStories(2))).rejects.toMatchObject({ code: 'conflict' })
    const snapshot = await s.keepMine()
    expect(snapshot.stories.map((story) => story.title)).toEqual(['Story 0', 'Story 1'])
    expect(onDisk().stories).toHaveLength(2)
    const external = readdirSync(join(vault.dir, 'backups', 'vault')).filter((name) =>
      name.startsWith('external-'),
    )
    expect(external).toHaveLength(1)
    expect(readFileSync(join(vault.dir, 'backups', 'vault', external[0] ?? ''), 'utf8')).toBe(theirs)
    await s.update((doc) => ({ ...doc, onboarded: true }))
    expect(s.hasExternalChange()).toBe(false)
  })

  it('reload: takes their version and allows saving again', async () => {
    const s = await open()
    await s.update(withStories(2))
    writeFileSync(vault.path, JSON.stringify(outsideDoc('Theirs')))
    await expect(s.update(withStories(2))).rejects.toMatchObject({ code: 'conflict' })
    const snapshot = await s.reload()
    expect(snapshot.stories.map((story) => story.title)).toEqual(['Theirs'])
    await s.update((doc) => ({ ...doc, stories: [...doc.stories, makeStory('Mine too')] }))
    expect(onDisk().stories.map((story) => story.title)).toEqual(['Theirs', 'Mine too'])
  })

  it('keeps an unreadable outside write as a backup and saves over it', async () => {
    const s = await open()
    await s.update(withStories(1))
    writeFileSync(vault.path, '{"half a fi')
    await s.update(withStories(1))
    expect(onDisk().stories).toHaveLength(1)
    const external = readdirSync(join(vault.dir, 'backups', 'vault')).filter((name) =>
      name.startsWith('external-'),
    )
    expect(external.map((name) => readFileSync(join(vault.dir, 'backups', 'vault', name), 'utf8'))).toEqual([
      '{"half a fi',
    ])
  })
})
