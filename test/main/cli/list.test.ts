import { readdirSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { tempVault, type TempVault } from '../vault/helpers'
import { runCommand } from './run-helper'

let vault: TempVault
afterEach(() => vault?.cleanup())

describe('story-vault list', () => {
  it('prints id, date, title and competencies per story', async () => {
    vault = tempVault('valid.json')
    const run = await runCommand(['--vault', vault.path, 'list'])
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(run.stdout.split('\n')).toEqual([
      'ID   UPDATED     TITLE  [COMPETENCIES]',
      's-1  2025-01-03  Migrated the billing service  [ownership]',
      's-2  2025-01-03  Calmed a conflict between two teams  [conflict]',
      '',
    ])
  })

  it('prints JSON with --json, taking the vault from STORY_VAULT_PATH', async () => {
    vault = tempVault('valid.json')
    const run = await runCommand(['list', '--json'], { STORY_VAULT_PATH: vault.path })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual([
      {
        id: 's-1',
        title: 'Migrated the billing service',
        competencies: ['ownership'],
        updatedAt: '2025-01-03T10:00:00.000Z',
      },
      {
        id: 's-2',
        title: 'Calmed a conflict between two teams',
        competencies: ['conflict'],
        updatedAt: '2025-01-03T10:00:00.000Z',
      },
    ])
  })

  it('says so when the vault is empty', async () => {
    vault = tempVault()
    const run = await runCommand(['list', `--vault=${vault.path}`])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/No stories yet/)
  })

  it('reports a vault file it cannot read, and leaves it where it is', async () => {
    vault = tempVault('truncated.json')
    const run = await runCommand(['--vault', vault.path, 'list', '--json'])
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^story-vault: .*vault\.json cannot be read\. The vault file was cut off/)
    expect(readdirSync(vault.dir)).toEqual(['vault.json'])
  })

  it('fails with exit 2 and one line for an unknown option', async () => {
    vault = tempVault('valid.json')
    const run = await runCommand(['--vault', vault.path, 'list', '--jsno'])
    expect(run.code).toBe(2)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stdout).toBe('')
  })
})
