import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  backupsToPrune,
  parseBackupId,
  readBackupText,
  type BackupFile,
} from '../../../src/main/vault/backup-files'
import { listBackups, previewBackup, restoreBackup } from '../../../src/main/vault/backups'
import { openVaultStore } from '../../../src/main/vault/store'
import type { VaultStore } from '../../../src/main/vault/store-types'
import type { VaultDocument } from '../../../src/shared/vault/document'
import { makeStory, readJson, tempVault, type TempVault } from './helpers'

function file(createdAt: string, kind: BackupFile['kind'] = 'auto'): BackupFile {
  const id = `${kind}-${createdAt.replace(/[:.]/g, '-')}`
  return { id, kind, createdAt, storyCount: 1, size: 10, path: id, legacy: false }
}

describe('backupsToPrune', () => {
  const now = new Date('2026-11-25T18:00:00.000Z')

  it('keeps the ten newest plus the newest of each of the last seven days', () => {
    const today = Array.from({ length: 14 }, (_, i) =>
      file(`2026-11-25T${String(i + 1).padStart(2, '0')}:00:00.000Z`),
    )
    const earlier = ['2026-11-24', '2026-11-22', '2026-11-19', '2026-11-18', '2026-11-10'].flatMap((day) => [
      file(`${day}T09:00:00.000Z`),
      file(`${day}T17:00:00.000Z`),
    ])
    const all = [...today, ...earlier].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    const pruned = new Set(backupsToPrune(all, now).map((f) => f.createdAt))
    const kept = all.filter((f) => !pruned.has(f.createdAt)).map((f) => f.createdAt)
    expect(kept).toEqual([
      ...today
        .slice(4)
        .map((f) => f.createdAt)
        .reverse(),
      '2026-11-24T17:00:00.000Z',
      '2026-11-22T17:00:00.000Z',
      '2026-11-19T17:00:00.000Z',
    ])
  })

  it('keeps outside versions under their own allowance', () => {
    const autos = Array.from({ length: 12 }, (_, i) =>
      file(`2026-11-25T${String(i + 1).padStart(2, '0')}:00:00.000Z`),
    )
    const external = file('2026-11-25T00:30:00.000Z', 'external')
    const all = [...autos, external].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    const pruned = backupsToPrune(all, now).map((f) => f.id)
    expect(pruned).not.toContain(external.id)
    expect(pruned).toHaveLength(2)
  })
})

describe('backup ids', () => {
  it('reads kind, time and story count from a name', () => {
    expect(parseBackupId('auto-2026-11-25T22-19-19-123Z-42s')).toEqual({
      kind: 'auto',
      createdAt: '2026-11-25T22:19:19.123Z',
      storyCount: 42,
    })
    expect(parseBackupId('external-2026-11-25T22-19-19-123Z-1')?.storyCount).toBeNull()
    expect(parseBackupId('../vault')).toBeNull()
  })

  it('never reads outside the backups folder', async () => {
    expect(await readBackupText('/tmp/x/vault.json', '../../etc/passwd')).toBeNull()
  })
})

describe('listing, previewing and restoring backups', () => {
  let vault: TempVault
  let store: VaultStore | undefined
  afterEach(async () => {
    await store?.close()
    vault?.cleanup()
  })

  it('lists, previews and restores, backing up the current vault first', async () => {
    vault = tempVault()
    let clock = Date.parse('2026-11-25T12:00:00.000Z')
    store = await openVaultStore(vault.path, {
      watch: false,
      minBackupIntervalMs: 0,
      now: () => new Date((clock += 1000)),
    })
    const first = makeStory('First')
    await store.update((doc) => ({ ...doc, stories: [first] }))
    await store.update((doc) => ({ ...doc, stories: [first, makeStory('Second')] }))
    await store.update((doc) => ({ ...doc, stories: [...doc.stories, makeStory('Third')] }))

    const list = await listBackups(vault.path)
    expect(list.map((b) => [b.kind, b.storyCount])).toEqual([
      ['auto', 2],
      ['auto', 1],
    ])
    expect(list[0]?.size).toBeGreaterThan(0)

    const oldest = list[1]?.id ?? ''
    expect(await previewBackup(vault.path, oldest)).toMatchObject({ storyCount: 1, titles: ['First'] })

    const snapshot = await restoreBackup(store, oldest)
    expect(snapshot.stories.map((s) => s.title)).toEqual(['First'])
    expect((readJson(vault.path) as VaultDocument).stories).toHaveLength(1)
    const names = readdirSync(join(vault.dir, 'backups', 'vault'))
    expect(names.some((name) => name.startsWith('pre-restore-') && name.endsWith('-3s.json'))).toBe(true)
  })

  it('says clearly when a backup does not exist', async () => {
    vault = tempVault()
    store = await openVaultStore(vault.path, { watch: false })
    await expect(previewBackup(vault.path, 'auto-2026-11-25T12-00-00-000Z')).rejects.toMatchObject({
      code: 'not-found',
    })
    await expect(restoreBackup(store, 'nonsense')).rejects.toMatchObject({ code: 'not-found' })
  })
})
