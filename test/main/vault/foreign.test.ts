import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openVaultStore } from '../../../src/main/vault/store'
import { parseVaultText } from '../../../src/main/vault/parse'
import { runCommand } from '../cli/run-helper'
import { FIXTURES } from './helpers'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'story-vault-foreign-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const PACKAGE_JSON = `${JSON.stringify({ name: 'my-app', version: '1.0.0', scripts: { test: 'vitest' } }, null, 2)}\n`
const KEYED_STORIES = `${JSON.stringify({ stories: { first: { title: 'Keyed by name, not a list' } } })}\n`
const MARKDOWN = '# My stories\n\n- the billing migration\n'

const foreignFiles: [string, string][] = [
  ['package.json', PACKAGE_JSON],
  ['keyed.json', KEYED_STORIES],
  ['notes.md', MARKDOWN],
  ['yaml.json', readFileSync(join(FIXTURES, 'not-json.json'), 'utf8')],
]

describe('a file that is not a vault', () => {
  it('is recognised as foreign, not as a damaged vault', () => {
    for (const [, text] of foreignFiles) expect(parseVaultText(text).kind).toBe('foreign')
    expect(parseVaultText('{"schemaVersion": 2, "stories": [ ,, ]}').kind).toBe('corrupt')
  })

  for (const [name, text] of foreignFiles) {
    it(`${name}: every command refuses it by name and leaves it and its folder untouched`, async () => {
      const path = join(dir, name)
      writeFileSync(path, text)
      for (const args of [['list'], ['search', 'a conflict'], ['check'], ['export', '--format', 'json']]) {
        const run = await runCommand(['--vault', path, ...args])
        expect(run.code).toBe(1)
        expect(run.stderr).toBe(
          `story-vault: ${path} is not a Story Vault file. It does not look like any Story Vault format (a vault holds a list of stories), so Story Vault left it exactly as it was. Choose your vault with --vault PATH (or STORY_VAULT_PATH).\n`,
        )
      }
      const importFile = join(dir, 'import.csv')
      writeFileSync(importFile, 'Title,Situation\nA new story,Something happened\n')
      const imported = await runCommand(['--vault', path, 'import', importFile])
      expect(imported.code).toBe(1)
      expect(imported.stderr).toMatch(/is not a Story Vault file/)
      expect(readFileSync(path, 'utf8')).toBe(text)
      expect(readdirSync(dir).sort()).toEqual([name, 'import.csv'].sort())
    })
  }

  it('is refused by the app’s store too, before anything is written', async () => {
    const path = join(dir, 'package.json')
    writeFileSync(path, PACKAGE_JSON)
    await expect(openVaultStore(path, { watch: false })).rejects.toMatchObject({ code: 'invalid-input' })
    expect(readFileSync(path, 'utf8')).toBe(PACKAGE_JSON)
    expect(readdirSync(dir)).toEqual(['package.json'])
  })
})

describe('read-only commands', () => {
  it('report a damaged vault instead of moving it aside', async () => {
    const path = join(dir, 'vault.json')
    const text = readFileSync(join(FIXTURES, 'truncated.json'), 'utf8')
    writeFileSync(path, text)
    for (const args of [['list'], ['search', 'a conflict'], ['check'], ['export', '--format', 'csv']]) {
      const run = await runCommand(['--vault', path, ...args])
      expect(run.code).toBe(1)
      expect(run.stderr).toMatch(
        /vault\.json cannot be read\. The vault file was cut off.*Nothing was changed/,
      )
    }
    expect(readFileSync(path, 'utf8')).toBe(text)
    expect(readdirSync(dir)).toEqual(['vault.json'])
  })

  it('never write an old-format vault, nor create a missing one', async () => {
    const path = join(dir, 'vault.json')
    const old = readFileSync(join(FIXTURES, 'pre-release-object.json'))
    writeFileSync(path, old)
    for (const args of [
      ['list'],
      ['search', 'billing'],
      ['check'],
      ['export', '--format', 'json'],
      ['backup', 'list'],
    ]) {
      expect((await runCommand(['--vault', path, ...args])).code).toBe(0)
    }
    expect(readFileSync(path)).toEqual(old)
    expect(readdirSync(dir)).toEqual(['vault.json'])
    const missing = join(dir, 'nested', 'vault.json')
    expect((await runCommand(['--vault', missing, 'list'])).code).toBe(0)
    expect(existsSync(join(dir, 'nested'))).toBe(false)
  })
})
