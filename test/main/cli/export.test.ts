import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { tempVault, type TempVault } from '../vault/helpers'
import { runCommand } from './run-helper'

let vault: TempVault
afterEach(() => vault?.cleanup())

const stories = () => (JSON.parse(readFileSync(vault.path, 'utf8')) as { stories: unknown[] }).stories

describe('story-vault export', () => {
  it('writes a JSON backup that imports back without adding anything', async () => {
    vault = tempVault('valid.json')
    const out = join(vault.dir, 'backup.json')
    const run = await runCommand(['--vault', vault.path, 'export', '--format', 'json', '--out', out])
    expect(run).toMatchObject({ code: 0, stdout: `Exported 2 stories to ${out}.\n` })
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(JSON.parse(readFileSync(vault.path, 'utf8')))
    const again = await runCommand(['--vault', vault.path, 'import', out, '--json'])
    expect(JSON.parse(again.stdout)).toMatchObject({ added: 0, skipped: 2 })
  })

  it('writes CSV to stdout without --out, and refuses to overwrite without --force', async () => {
    vault = tempVault('valid.json')
    const run = await runCommand(['--vault', vault.path, 'export', '--format', 'csv'])
    expect(run.code).toBe(0)
    expect(run.stdout.split('\r\n')[0]).toMatch(/^\uFEFFTitle,Situation,Task,Action,Result,/)
    const out = join(vault.dir, 'stories.csv')
    writeFileSync(out, 'keep me')
    const refused = await runCommand(['--vault', vault.path, 'export', '--format', 'csv', '--out', out])
    expect(refused.code).toBe(2)
    expect(readFileSync(out, 'utf8')).toBe('keep me')
    expect(
      (await runCommand(['--vault', vault.path, 'export', '--format', 'csv', '--out', out, '--force'])).code,
    ).toBe(0)
    expect(readFileSync(out, 'utf8')).toBe(run.stdout)
  })

  it('writes a folder of Markdown notes that a fresh vault imports as the same stories', async () => {
    vault = tempVault('valid.json')
    const folder = join(vault.dir, 'notes')
    const run = await runCommand(['--vault', vault.path, 'export', '--format', 'md', '--out', folder])
    expect(run.code).toBe(0)
    expect(readdirSync(folder).sort()).toEqual([
      'Calmed a conflict between two teams.md',
      'Migrated the billing service.md',
    ])
    const original = stories()
    const fresh = join(vault.dir, 'fresh.json')
    const imported = await runCommand(['--vault', fresh, 'import', folder, '--json'])
    expect(JSON.parse(imported.stdout)).toMatchObject({ added: 2 })
    const strip = (list: unknown[]) =>
      (list as Array<Record<string, unknown>>)
        .map(({ updatedAt: _u, ...rest }) => rest)
        .sort((a, b) => String(a.id).localeCompare(String(b.id)))
    const freshStories = (JSON.parse(readFileSync(fresh, 'utf8')) as { stories: unknown[] }).stories
    expect(strip(freshStories)).toEqual(strip(original))
  })

  it('exits 2 for an unknown format or md without a folder', async () => {
    vault = tempVault()
    expect((await runCommand(['--vault', vault.path, 'export', '--format', 'xml'])).code).toBe(2)
    expect((await runCommand(['--vault', vault.path, 'export', '--format', 'md'])).code).toBe(2)
  })
})
