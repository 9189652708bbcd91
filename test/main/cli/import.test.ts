import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { IMPORT_FIXTURES } from '../../shared/transfer/fixtures'
import { tempVault, type TempVault } from '../vault/helpers'
import { runCommand } from './run-helper'

let vault: TempVault
afterEach(() => vault?.cleanup())

const titles = () =>
  (JSON.parse(readFileSync(vault.path, 'utf8')) as { stories: { title: string }[] }).stories.map(
    (s) => s.title,
  )

describe('story-vault import', () => {
  it('imports a CSV story matrix and prints ids with --json', async () => {
    vault = tempVault()
    const run = await runCommand([
      'import',
      join(IMPORT_FIXTURES, 'story-matrix.csv'),
      '--json',
      '--vault',
      vault.path,
    ])
    expect(run.stderr).toBe('note: Columns ignored: "Notes".\n')
    expect(run.code).toBe(0)
    const out = JSON.parse(run.stdout) as { added: number; ids: string[] }
    expect(out.added).toBe(3)
    expect(out.ids).toHaveLength(3)
    expect(titles()).toContain('Checkout rewrite with no spec')
  })

  it('imports a folder (Notion export) and reports in words', async () => {
    vault = tempVault()
    const run = await runCommand(['--vault', vault.path, 'import', join(IMPORT_FIXTURES, 'notion')])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe(`Imported 1 story into ${vault.path}.\n`)
    expect(titles()).toEqual(['Moved billing to Postgres'])
  })

  it('imports nothing and exits 1 with one line naming record and field', async () => {
    vault = tempVault('valid.json')
    const before = readFileSync(vault.path, 'utf8')
    const run = await runCommand([
      '--vault',
      vault.path,
      'import',
      join(IMPORT_FIXTURES, 'invalid-record.json'),
    ])
    expect(run.code).toBe(1)
    expect(run.stderr).toBe(
      'story-vault: Nothing was imported. Record 2 ("Bad year story"): Year — "someday" is not a year like 2023\n',
    )
    expect(readFileSync(vault.path, 'utf8')).toBe(before)
  })

  it('fails clearly for a missing path and exits 2 without one', async () => {
    vault = tempVault()
    const missing = await runCommand(['--vault', vault.path, 'import', '/nonexistent/stories.csv'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toBe('story-vault: There is no file or folder at /nonexistent/stories.csv.\n')
    expect((await runCommand(['--vault', vault.path, 'import'])).code).toBe(2)
  })
})

describe('story-vault import: encodings', () => {
  it('reads a UTF-16 CSV (with its BOM) as the text it holds', async () => {
    vault = tempVault()
    const csv = 'Title,Year\r\nRewired the release train,2023\r\n'
    const file = join(vault.dir, 'unicode.csv')
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]))
    const run = await runCommand(['import', file, '--vault', vault.path])
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(titles()).toEqual(['Rewired the release train'])
  })

  it('refuses a binary file with one clear line and imports nothing', async () => {
    vault = tempVault()
    const file = join(vault.dir, 'stories.csv')
    writeFileSync(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 8, 0, 0, 0, 0x21, 0]))
    const run = await runCommand(['import', file, '--vault', vault.path])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^story-vault: stories\.csv is not a text file \(it looks like a zip archive/)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
  })
})
