import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openVaultStore } from '../../../src/main/vault/store'
import type { VaultStore } from '../../../src/main/vault/store-types'
import { lockPathFor, withVaultLock } from '../../../src/main/vault/vault-lock'
import type { VaultDocument } from '../../../src/shared/vault/document'
import { makeStory, tempVault, type TempVault } from './helpers'

let vault: TempVault
const stores: VaultStore[] = []
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()))
  vault?.cleanup()
})

async function open(path: string, onOutsideChange: 'conflict' | 'rebase' = 'conflict'): Promise<VaultStore> {
  const store = await openVaultStore(path, { watch: false, onOutsideChange })
  stores.push(store)
  return store
}

const titlesOnDisk = (path: string) =>
  (JSON.parse(readFileSync(path, 'utf8')) as VaultDocument).stories.map((s) => s.title)
const add = (title: string) => (doc: VaultDocument) => ({
  ...doc,
  stories: [...doc.stories, makeStory(title)],
})

describe('two writers', () => {
  it('a command builds on what the app saved since it opened; the app is then told of the conflict', async () => {
    vault = tempVault('valid.json')
    const app = await open(vault.path)
    const command = await open(vault.path, 'rebase')
    await app.update(add('Saved by the app'))
    await command.update(add('Imported by a command'))
    expect(titlesOnDisk(vault.path)).toEqual(
      expect.arrayContaining(['Saved by the app', 'Imported by a command']),
    )
    await expect(app.update(add('Unsaved in the app'))).rejects.toMatchObject({ code: 'conflict' })
    expect(titlesOnDisk(vault.path)).not.toContain('Unsaved in the app')
    await app.reload()
    await app.update(add('After taking theirs'))
    expect(titlesOnDisk(vault.path)).toHaveLength(5)
  })

  it('waits for another writer’s lock, then saves', async () => {
    vault = tempVault('valid.json')
    const store = await open(vault.path, 'rebase')
    let saved = false
    let pending: Promise<unknown> = Promise.resolve()
    await withVaultLock(vault.path, async () => {
      pending = store.update(add('Waited')).then(() => (saved = true))
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(saved).toBe(false)
    })
    await pending
    expect(saved).toBe(true)
    expect(titlesOnDisk(vault.path)).toContain('Waited')
  })

  it('gives up with a clear message when the vault stays busy, and writes nothing', async () => {
    vault = tempVault('valid.json')
    const before = readFileSync(vault.path, 'utf8')
    const store = await openVaultStore(vault.path, { watch: false, lockWaitMs: 200 })
    stores.push(store)
    await withVaultLock(vault.path, async () => {
      await expect(store.update(add('Too late'))).rejects.toMatchObject({
        code: 'unavailable',
        message: expect.stringMatching(/busy/),
      })
    })
    expect(readFileSync(vault.path, 'utf8')).toBe(before)
  })

  it('takes over at once a lock left by a process that died', async () => {
    vault = tempVault('valid.json')
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid
    mkdirSync(lockPathFor(vault.path))
    writeFileSync(
      join(vault.dir, `.vault.json.lock-owner-${dead}-0a1b2c3d`),
      JSON.stringify({ pid: dead, host: hostname() }),
    )
    const store = await open(vault.path, 'rebase')
    const started = Date.now()
    await store.update(add('After a crash'))
    expect(Date.now() - started).toBeLessThan(2000)
    expect(titlesOnDisk(vault.path)).toContain('After a crash')
  })

  it('takes over a lock nobody has refreshed for a while (another computer, say)', async () => {
    vault = tempVault('valid.json')
    const lock = lockPathFor(vault.path)
    mkdirSync(lock)
    utimesSync(lock, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000))
    const store = await open(vault.path, 'rebase')
    await store.update(add('After a stale lock'))
    expect(titlesOnDisk(vault.path)).toContain('After a stale lock')
  })
})
