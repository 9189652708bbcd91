import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { backupVaultFile, backupsDirFor } from '../../../src/main/vault/backup-files'
import { listBackups, restoreBackup } from '../../../src/main/vault/backups'
import { openVaultStore, type OpenVaultOptions } from '../../../src/main/vault/store'
import type { VaultStore } from '../../../src/main/vault/store-types'
import { CURRENT_SCHEMA_VERSION, type VaultDocument } from '../../../src/shared/vault/document'
import { runCommand } from '../cli/run-helper'
import { fixtureBytes, makeStory, tempVault, type TempVault } from './helpers'

let vault: TempVault
const stores: VaultStore[] = []
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()))
  vault?.cleanup()
})

async function open(path: string, options: OpenVaultOptions = {}): Promise<VaultStore> {
  const store = await openVaultStore(path, { watch: false, ...options })
  stores.push(store)
  return store
}

const add = (title: string) => (doc: VaultDocument) => ({
  ...doc,
  stories: [...doc.stories, makeStory(title)],
})
const stamp = (day: number, hour: number) =>
  `2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}-00-00-000Z`

describe('backups that cannot be read', () => {
  it('are never counted among the ten kept, and show as unreadable', async () => {
    vault = tempVault('valid.json')
    const dir = join(vault.dir, 'backups', 'vault')
    mkdirSync(dir, { recursive: true })
    const whole = fixtureBytes('valid.json')
    const cut = whole.subarray(0, 200)
    for (let h = 1; h <= 3; h++) writeFileSync(join(dir, `auto-${stamp(20, h)}-2s.json`), whole)
    for (let h = 1; h <= 12; h++) writeFileSync(join(dir, `auto-${stamp(21, h)}-2s.json`), cut)
    const listed = await runCommand(['--vault', vault.path, 'backup', 'list'])
    expect(listed.stdout).toMatch(new RegExp(`auto-${stamp(21, 12)}-2s  cannot be read`))
    expect(listed.stdout).toMatch(new RegExp(`auto-${stamp(20, 3)}-2s  2 stories`))
    const store = await open(vault.path, { now: () => new Date('2026-11-25T12:00:00.000Z') })
    await store.update(add('Triggers a backup and pruning'))
    const kept = readdirSync(dir)
    // The three whole older copies survive pruning: unreadable ones do not fill the allowance.
    for (let h = 1; h <= 3; h++) expect(kept).toContain(`auto-${stamp(20, h)}-2s.json`)
    expect(kept.filter((name) => name.includes('2026-11-21'))).toEqual([])
  })

  it('leave no temp file behind: leftovers of a crash are cleaned when the vault is opened to write', async () => {
    vault = tempVault('valid.json')
    const dir = join(vault.dir, 'backups', 'vault')
    mkdirSync(dir, { recursive: true })
    const leftover = join(dir, `.auto-${stamp(21, 1)}-2s.json.0a1b2c3d4e5f.tmp`)
    const vaultLeftover = join(vault.dir, '.vault.json.0a1b2c3d4e5f.tmp')
    for (const file of [leftover, vaultLeftover]) {
      writeFileSync(file, '{"schemaVersion": 2, "sto')
      utimesSync(file, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000))
    }
    await open(vault.path, { readOnly: true })
    expect(existsSync(leftover)).toBe(true)
    await open(vault.path)
    expect(existsSync(leftover)).toBe(false)
    expect(existsSync(vaultLeftover)).toBe(false)
  })
})

describe('a backup being written', () => {
  it('is never visible under its name until it is whole', async () => {
    vault = tempVault()
    const filler = 'We moved the nightly batch to an event stream and measured every step. '.repeat(80)
    const stories = Array.from({ length: 1500 }, (_, i) => makeStory(`Story ${i}`, { situation: filler }))
    const text = JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, stories })
    writeFileSync(vault.path, text)
    const dir = backupsDirFor(vault.path)
    mkdirSync(dir, { recursive: true })
    const partial: string[] = []
    let copying = true
    // Another process listing the backups (the app's Backups view, `backup list`) while copies are made.
    const observe = (async () => {
      while (copying) {
        for (const name of await readdir(dir)) {
          if (!name.endsWith('.json')) continue
          const size = await stat(join(dir, name)).then(
            (s) => s.size,
            () => text.length,
          )
          if (size !== text.length) partial.push(`${name}: ${size} bytes`)
        }
        await new Promise((resolve) => setImmediate(resolve))
      }
    })()
    for (let i = 0; i < 8; i++) {
      await backupVaultFile(vault.path, {
        kind: 'auto',
        storyCount: null,
        now: new Date(Date.UTC(2026, 10, 1, 0, i)),
      })
    }
    copying = false
    await observe
    expect(readdirSync(dir).filter((name) => name.endsWith('.json'))).toHaveLength(8)
    expect(partial).toEqual([])
  }, 60_000)
})

describe('the backup taken before an upgrade', () => {
  it('when it cannot be written, the save fails and the old file stays as it was', async () => {
    vault = tempVault('pre-release-object.json')
    // A file where the backups folder should be: no backup can be written.
    writeFileSync(join(vault.dir, 'backups'), 'in the way')
    const store = await open(vault.path)
    await expect(store.update(add('Would upgrade the file'))).rejects.toMatchObject({
      code: 'io',
      message: expect.stringMatching(/Nothing was saved.*could not keep a copy/),
    })
    expect(readFileSync(vault.path)).toEqual(fixtureBytes('pre-release-object.json'))
  })
})

describe('two vaults in one folder', () => {
  it('each has its own backups: none listed, pruned or restorable across', async () => {
    vault = tempVault('valid.json')
    const other = join(vault.dir, 'work.json')
    writeFileSync(other, fixtureBytes('valid.json'))
    const mine = await open(vault.path, { minBackupIntervalMs: 0 })
    const theirs = await open(other, { minBackupIntervalMs: 0 })
    await mine.update(add('Personal'))
    for (let i = 0; i < 12; i++) await theirs.update(add(`Work ${i}`))
    const myBackups = await listBackups(vault.path)
    const workBackups = await listBackups(other)
    expect(myBackups).toHaveLength(1)
    expect(workBackups).toHaveLength(10)
    expect(readdirSync(join(vault.dir, 'backups')).sort()).toEqual(['vault', 'work'])
    const foreignId = workBackups[0]?.id ?? ''
    await expect(restoreBackup(mine, foreignId)).rejects.toMatchObject({ code: 'not-found' })
  })

  it('the old shared folder still serves vault.json, read-only, and no other vault', async () => {
    vault = tempVault('valid.json')
    const legacy = join(vault.dir, 'backups')
    mkdirSync(legacy)
    const id = `auto-${stamp(1, 9)}-2s`
    writeFileSync(join(legacy, `${id}.json`), fixtureBytes('valid.json'))
    writeFileSync(join(vault.dir, 'work.json'), fixtureBytes('valid.json'))
    expect((await listBackups(vault.path)).map((b) => b.id)).toEqual([id])
    expect(await listBackups(join(vault.dir, 'work.json'))).toEqual([])
    const store = await open(vault.path, { minBackupIntervalMs: 0 })
    for (let i = 0; i < 12; i++) await store.update(add(`Story ${i}`))
    expect(existsSync(join(legacy, `${id}.json`))).toBe(true)
    const restored = await restoreBackup(store, id)
    expect(restored.stories).toHaveLength(2)
  })
})
