import { afterEach, describe, expect, it } from 'vitest'
import { openVaultStore } from '../../../src/main/vault/store'
import { moveToTrash } from '../../../src/shared/story/trash'
import { tempVault, type TempVault } from '../vault/helpers'
import { runCommand } from './run-helper'

let vault: TempVault
afterEach(() => vault?.cleanup())

async function vaultWithDeleted(): Promise<void> {
  vault = tempVault('valid.json')
  const store = await openVaultStore(vault.path, { watch: false })
  await store.update((doc) => moveToTrash(doc, 's-1', new Date())?.doc ?? doc)
  await store.close()
}

describe('story-vault trash', () => {
  it('lists recently deleted stories, as text and as JSON', async () => {
    await vaultWithDeleted()
    const run = await runCommand(['--vault', vault.path, 'trash', 'list'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^ID\s+DELETED\s+TITLE\ns-1\s+\d{4}-\d\d-\d\d\s+\S/)
    const json = await runCommand(['--vault', vault.path, 'trash', 'list', '--json'])
    expect(JSON.parse(json.stdout)).toEqual([
      { id: 's-1', title: expect.any(String), deletedAt: expect.any(String) },
    ])
  })

  it('restores a story by id, and says so when it is not there', async () => {
    await vaultWithDeleted()
    const run = await runCommand(['--vault', vault.path, 'trash', 'restore', 's-1'])
    expect(run).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Restored “.+”\.\n$/) })
    const list = await runCommand(['--vault', vault.path, 'list', '--json'])
    expect((JSON.parse(list.stdout) as { id: string }[]).map((s) => s.id).sort()).toEqual(['s-1', 's-2'])
    const again = await runCommand(['--vault', vault.path, 'trash', 'restore', 's-1'])
    expect(again.code).not.toBe(0)
    expect(again.stderr).toMatch(/no longer in Recently deleted/)
    expect((await runCommand(['--vault', vault.path, 'trash', 'list'])).stdout).toBe(
      'Nothing deleted in the last 30 days.\n',
    )
    expect((await runCommand(['--vault', vault.path, 'trash', 'restore'])).code).toBe(2)
  })
})
