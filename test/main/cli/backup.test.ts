import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { openVaultStore } from '../../../src/main/vault/store'
import { makeStory, tempVault, type TempVault } from '../vault/helpers'
import { runCommand } from './run-helper'

let vault: TempVault
afterEach(() => vault?.cleanup())

async function vaultWithHistory(): Promise<void> {
  vault = tempVault('valid.json')
  let clock = Date.parse('2026-11-25T08:00:00.000Z')
  const store = await openVaultStore(vault.path, {
    watch: false,
    minBackupIntervalMs: 0,
    now: () => new Date((clock += 60_000)),
  })
  await store.update((doc) => ({ ...doc, stories: [...doc.stories, makeStory('Third')] }))
  await store.update((doc) => ({ ...doc, stories: [...doc.stories, makeStory('Fourth')] }))
  await store.close()
}

describe('story-vault backup', () => {
  it('lists backups newest first with story counts', async () => {
    await vaultWithHistory()
    const run = await runCommand(['--vault', vault.path, 'backup', 'list'])
    expect(run.code).toBe(0)
    const lines = run.stdout.trim().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^auto-2026-11-25T08-\d\d-00-000Z-3s\s+3 stories\s+\d/)
    expect(lines[1]).toMatch(/^auto-2026-11-25T08-\d\d-00-000Z-2s\s+2 stories/)
  })

  it('lists as JSON and restores a backup by id', async () => {
    await vaultWithHistory()
    const listed = await runCommand(['--vault', vault.path, 'backup', 'list', '--json'])
    const backups = JSON.parse(listed.stdout) as { id: string; storyCount: number }[]
    const twoStories = backups.find((b) => b.storyCount === 2)
    if (!twoStories) throw new Error('expected a two-story backup')
    const run = await runCommand(['--vault', vault.path, 'backup', 'restore', twoStories.id])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(
      /^Restored .* \(2 stories\)\. The vault as it was is kept as pre-restore-.*-4s\./,
    )
    expect((JSON.parse(readFileSync(vault.path, 'utf8')) as { stories: unknown[] }).stories).toHaveLength(2)
  })

  it('fails with one line for an unknown backup id', async () => {
    await vaultWithHistory()
    const run = await runCommand([
      '--vault',
      vault.path,
      'backup',
      'restore',
      'auto-2000-01-01T00-00-00-000Z',
    ])
    expect(run.code).toBe(1)
    expect(run.stderr).toBe('story-vault: There is no backup called auto-2000-01-01T00-00-00-000Z.\n')
  })

  it('exits 2 without an action or with extra ids', async () => {
    vault = tempVault()
    expect((await runCommand(['--vault', vault.path, 'backup'])).code).toBe(2)
    expect((await runCommand(['--vault', vault.path, 'backup', 'restore', 'a', 'b'])).code).toBe(2)
  })
})
