import { writeFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { StoryIdSchema } from '../../../src/shared/story/schema'
import { demoStories } from '../../../src/shared/content/demo-vault'
import { readJson } from '../vault/helpers'
import { openHarness, value, type Harness } from './harness'

let h: Harness
afterEach(() => h?.close())

describe('vault handlers', () => {
  it('vault:open returns the snapshot with path and health', async () => {
    h = await openHarness('valid.json')
    const snapshot = value(await h.call('vault:open'))
    expect(snapshot).toMatchObject({ path: h.vault.path, health: { kind: 'ok' }, onboarded: true })
    expect(snapshot.stories).toHaveLength(2)
  })

  it('vault:start demo loads the demo stories with fresh ids and times and marks onboarding done', async () => {
    h = await openHarness()
    const snapshot = value(await h.call('vault:start', 'demo'))
    expect(snapshot.onboarded).toBe(true)
    expect(snapshot.stories.map((s) => s.title)).toEqual(demoStories.map((s) => s.title))
    expect(new Set(snapshot.stories.map((s) => s.id)).size).toBe(demoStories.length)
    for (const story of snapshot.stories) {
      expect(StoryIdSchema.safeParse(story.id).success).toBe(true)
      expect(story.createdAt).toBe(story.updatedAt)
    }
    expect(readJson(h.vault.path)).toMatchObject({ onboarded: true })
  })

  it('vault:start demo twice does not add the demo stories twice', async () => {
    h = await openHarness()
    await Promise.all([h.call('vault:start', 'demo'), h.call('vault:start', 'demo')])
    expect(value(await h.call('stories:list'))).toHaveLength(demoStories.length)
  })

  it('vault:start empty keeps whatever is already there', async () => {
    h = await openHarness('valid.json')
    const snapshot = value(await h.call('vault:start', 'empty'))
    expect(snapshot.stories).toHaveLength(2)
  })

  it('refuses an unknown start mode at the boundary', async () => {
    h = await openHarness()
    const result = await h.callRaw('vault:start', ['everything'])
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })

  it('settings:update merges a partial change', async () => {
    h = await openHarness('valid.json')
    expect(value(await h.call('settings:update', { targetLevel: 'principal' }))).toEqual({
      targetLevel: 'principal',
    })
    expect(readJson(h.vault.path)).toMatchObject({ settings: { targetLevel: 'principal' } })
  })

  it('vault:reload and vault:keep-mine settle an outside change', async () => {
    h = await openHarness('valid.json')
    const outside = { schemaVersion: 1, onboarded: true, stories: [] }
    writeFileSync(h.vault.path, JSON.stringify(outside))
    const refused = await h.call('settings:update', { targetLevel: 'senior' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } })
    const mine = value(await h.call('vault:keep-mine'))
    expect(mine.stories).toHaveLength(2)
    expect(value(await h.call('settings:update', { targetLevel: 'senior' })).targetLevel).toBe('senior')

    writeFileSync(h.vault.path, JSON.stringify(outside))
    expect((await h.call('settings:update', { targetLevel: 'staff' })).ok).toBe(false)
    expect(value(await h.call('vault:reload')).stories).toHaveLength(0)
  })

  it('vault:restore-latest-backup recovers after a corrupt file was moved aside', async () => {
    h = await openHarness('valid.json')
    value(await h.call('settings:update', { targetLevel: 'senior' })) // takes a backup of valid.json
    writeFileSync(h.vault.path, '\0\0\0\0')
    const reopened = value(await h.call('vault:reload'))
    expect(reopened.health).toMatchObject({ kind: 'recovered', backupAvailable: true })
    const restored = value(await h.call('vault:restore-latest-backup'))
    expect(restored.health).toEqual({ kind: 'ok' })
    expect(restored.stories).toHaveLength(2)
  })

  it('vault:restore-latest-backup says so when there is nothing to restore', async () => {
    h = await openHarness()
    expect(await h.call('vault:restore-latest-backup')).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
  })
})
