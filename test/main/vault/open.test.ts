import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openVaultStore } from '../../../src/main/vault/store'
import type { VaultStore } from '../../../src/main/vault/store-types'
import { restoreLatestBackup } from '../../../src/main/vault/backups'
import { StoryIdSchema } from '../../../src/shared/story/schema'
import { CURRENT_SCHEMA_VERSION } from '../../../src/shared/vault/document'
import { fixtureBytes, makeStory, readJson, tempVault, type TempVault } from './helpers'

let vault: TempVault
let store: VaultStore | undefined
afterEach(async () => {
  await store?.close()
  store = undefined
  vault?.cleanup()
})

const open = async (path: string) =>
  (store = await openVaultStore(path, { watch: false, minBackupIntervalMs: 0 }))

describe('opening the vault', () => {
  it('starts an empty vault when there is no file, and writes it on the first change', async () => {
    vault = tempVault()
    const s = await open(vault.path)
    expect(s.health()).toEqual({ kind: 'ok' })
    expect(s.current().stories).toEqual([])
    await s.update((doc) => ({ ...doc, onboarded: true }))
    expect(readJson(vault.path)).toMatchObject({ schemaVersion: CURRENT_SCHEMA_VERSION, onboarded: true })
  })

  it('creates a missing folder for the vault', async () => {
    vault = tempVault()
    const nested = join(vault.dir, 'a', 'b', 'vault.json')
    const s = await open(nested)
    await s.update((doc) => ({ ...doc, stories: [makeStory()] }))
    expect(existsSync(nested)).toBe(true)
  })

  it('opens a valid vault as it is', async () => {
    vault = tempVault('valid.json')
    const s = await open(vault.path)
    expect(s.health()).toEqual({ kind: 'ok' })
    expect(s.current().stories.map((story) => story.id)).toEqual(['s-1', 's-2'])
  })

  const corrupt: [string, RegExp][] = [
    ['empty.json', /empty/],
    ['truncated.json', /cut off/],
    ['nul-bytes.json', /zero bytes/],
    ['schema-invalid.json', /structure.*title/],
    ['damaged-vault.json', /not in a format/],
  ]
  for (const [fixture, reason] of corrupt) {
    it(`moves ${fixture} aside untouched, starts empty and says why`, async () => {
      vault = tempVault(fixture)
      const s = await open(vault.path)
      const health = s.health()
      if (health.kind !== 'recovered') throw new Error(`expected recovered, got ${health.kind}`)
      expect(health.reason).toMatch(reason)
      expect(health.backupAvailable).toBe(false)
      expect(health.movedTo).toMatch(/vault\.corrupt-\d{4}-\d{2}-\d{2}T[\d-]+Z\.json$/)
      expect(readFileSync(health.movedTo)).toEqual(fixtureBytes(fixture))
      expect(s.current().stories).toEqual([])
      await s.update((doc) => ({ ...doc, stories: [makeStory('New')] }))
      expect(readFileSync(health.movedTo)).toEqual(fixtureBytes(fixture))
      expect(s.health().kind).toBe('recovered')
    })
  }

  it('offers and restores the newest backup that parses after moving a corrupt file aside', async () => {
    vault = tempVault('truncated.json')
    const backups = join(vault.dir, 'backups', 'vault')
    mkdirSync(backups, { recursive: true })
    writeFileSync(join(backups, 'auto-2026-11-20T10-00-00-000Z-2s.json'), fixtureBytes('valid.json'))
    writeFileSync(join(backups, 'auto-2026-11-21T10-00-00-000Z-1s.json'), fixtureBytes('not-json.json'))
    const s = await open(vault.path)
    expect(s.health()).toMatchObject({ kind: 'recovered', backupAvailable: true })
    const snapshot = await restoreLatestBackup(s)
    expect(snapshot.stories.map((story) => story.id)).toEqual(['s-1', 's-2'])
    expect(snapshot.health).toEqual({ kind: 'ok' })
    expect((readJson(vault.path) as { stories: unknown[] }).stories).toHaveLength(2)
  })

  it('opens a file from a newer version read-only and never writes it', async () => {
    vault = tempVault('newer-version.json')
    const s = await open(vault.path)
    expect(s.health()).toMatchObject({ kind: 'read-only', reason: expect.stringMatching(/newer version/) })
    expect(s.current().stories).toHaveLength(2)
    await expect(s.update((doc) => ({ ...doc, onboarded: false }))).rejects.toMatchObject({
      code: 'read-only',
    })
    await expect(s.keepMine()).rejects.toMatchObject({ code: 'read-only' })
    expect(readFileSync(vault.path)).toEqual(fixtureBytes('newer-version.json'))
  })

  it('migrates a pre-release bare array in memory, and on disk only at the first save, after backing it up', async () => {
    vault = tempVault('pre-release-array.json')
    const s = await open(vault.path)
    expect(readFileSync(vault.path)).toEqual(fixtureBytes('pre-release-array.json'))
    expect(existsSync(join(vault.dir, 'backups', 'vault'))).toBe(false)
    expect(s.health()).toEqual({ kind: 'ok' })
    const stories = s.current().stories
    expect(stories.map((story) => story.title)).toEqual([
      'Led the on-call rotation redesign',
      'Shipped search with a partner team',
    ])
    for (const story of stories) {
      expect(StoryIdSchema.safeParse(story.id).success).toBe(true)
      expect(story.createdAt).toMatch(/^\d{4}-/)
    }
    expect(s.current().onboarded).toBe(true)
    await s.update((doc) => ({ ...doc, settings: { targetLevel: 'senior' } }))
    expect(readJson(vault.path)).toMatchObject({ schemaVersion: CURRENT_SCHEMA_VERSION })
    const saved = readdirSync(join(vault.dir, 'backups', 'vault'))
    expect(saved).toHaveLength(1)
    expect(saved[0]).toMatch(/^pre-migration-/)
    expect(readFileSync(join(vault.dir, 'backups', 'vault', saved[0] ?? ''))).toEqual(
      fixtureBytes('pre-release-array.json'),
    )
  })

  it('migrates a pre-release object without schemaVersion, keeping ids and settings', async () => {
    vault = tempVault('pre-release-object.json')
    const s = await open(vault.path)
    expect(s.current().stories.map((story) => story.id)).toEqual(['old-1'])
    expect(s.current().settings.targetLevel).toBe('senior')
    expect(readFileSync(vault.path)).toEqual(fixtureBytes('pre-release-object.json'))
    await s.update((doc) => ({ ...doc, onboarded: true }))
    expect(readJson(vault.path)).toMatchObject({ schemaVersion: CURRENT_SCHEMA_VERSION })
  })

  it('removes temp files left by a crash long ago but not fresh ones', async () => {
    vault = tempVault('valid.json')
    const old = join(vault.dir, '.vault.json.abc.tmp')
    const fresh = join(vault.dir, '.vault.json.def.tmp')
    writeFileSync(old, 'partial')
    writeFileSync(fresh, 'partial')
    const { utimesSync } = await import('node:fs')
    utimesSync(old, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000))
    await open(vault.path)
    expect(existsSync(old)).toBe(false)
    expect(existsSync(fresh)).toBe(true)
  })
})
