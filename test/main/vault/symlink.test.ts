import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { listBackups } from '../../../src/main/vault/backups'
import { openVaultStore } from '../../../src/main/vault/store'
import type { VaultDocument } from '../../../src/shared/vault/document'
import { runCommand } from '../cli/run-helper'
import { fixtureBytes, makeStory, tempVault, type TempVault } from './helpers'

let vault: TempVault
afterEach(() => vault?.cleanup())

const add = (title: string) => (doc: VaultDocument) => ({
  ...doc,
  stories: [...doc.stories, makeStory(title)],
})

describe('a vault path that is a symbolic link', () => {
  it('keeps the link and writes the file it points to; backups and the lock follow the real file', async () => {
    vault = tempVault()
    const synced = join(vault.dir, 'synced')
    mkdirSync(synced)
    const real = join(synced, 'real.json')
    writeFileSync(real, fixtureBytes('valid.json'))
    symlinkSync(real, vault.path)
    const store = await openVaultStore(vault.path, { watch: false, minBackupIntervalMs: 0 })
    await store.update(add('Saved through the link'))
    await store.update(add('Saved again'))
    await store.close()
    expect(lstatSync(vault.path).isSymbolicLink()).toBe(true)
    const titles = (JSON.parse(readFileSync(real, 'utf8')) as VaultDocument).stories.map((s) => s.title)
    expect(titles).toEqual(expect.arrayContaining(['Saved through the link', 'Saved again']))
    expect(store.snapshot().path).toBe(vault.path)
    expect(readdirSync(join(synced, 'backups', 'real'))).toHaveLength(2)
    expect(readdirSync(vault.dir).sort()).toEqual(['synced', 'vault.json'])
    expect(readdirSync(synced).filter((n) => n.includes('.lock'))).toEqual([])
    expect((await listBackups(vault.path)).length).toBe(2)
    const listed = await runCommand(['--vault', vault.path, 'backup', 'list', '--json'])
    expect(JSON.parse(listed.stdout)).toHaveLength(2)
  })

  it('creates the missing target of a link on the first save, and keeps the link', async () => {
    vault = tempVault()
    const target = join(vault.dir, 'elsewhere', 'mine.json')
    mkdirSync(join(vault.dir, 'elsewhere'))
    symlinkSync(target, vault.path)
    const store = await openVaultStore(vault.path, { watch: false })
    await store.update(add('First story'))
    await store.close()
    expect(lstatSync(vault.path).isSymbolicLink()).toBe(true)
    expect(existsSync(target)).toBe(true)
    expect(readFileSync(vault.path, 'utf8')).toContain('First story')
  })
})
