import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { tempVault, type TempVault } from '../vault/helpers'
import { ensureBuiltCli } from './built-cli'

const ROOT = resolve(import.meta.dirname, '../../..')
const BIN = join(ROOT, 'bin', 'story-vault.mjs')
const BUNDLE = join(ROOT, 'out', 'main', 'cli.js')

beforeAll(ensureBuiltCli, 180_000)

/** The bundle's own files: cli.js plus the chunks it requires, followed transitively. */
function bundleFiles(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen
  seen.add(entry)
  for (const match of readFileSync(entry, 'utf8').matchAll(/require\((["'])(\.{1,2}\/[^"']+)\1\)/g)) {
    bundleFiles(resolve(dirname(entry), match[2] ?? ''), seen)
  }
  return seen
}

let vault: TempVault
afterEach(() => vault?.cleanup())

const spawnCli = (args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, STORY_VAULT_PATH: '', XDG_CONFIG_HOME: '/nonexistent' },
  })

describe('bin/story-vault.mjs', () => {
  it('runs the built CLI against a vault and prints JSON', () => {
    vault = tempVault('valid.json')
    const run = spawnCli(['--vault', vault.path, 'list', '--json'])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect((JSON.parse(run.stdout) as { id: string }[]).map((s) => s.id)).toEqual(['s-1', 's-2'])
  })

  it('exits non-zero with a single line on stderr for an unknown command', () => {
    const run = spawnCli(['frobnicate'])
    expect(run.status).toBe(2)
    expect(run.stderr.trim().split('\n')).toEqual([
      'story-vault: Unknown command "frobnicate". Run story-vault --help.',
    ])
  })

  it('prints help with exit 0', () => {
    const run = spawnCli(['--help'])
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/^Usage: story-vault \[--vault PATH\] \[--debug\] <command>/)
    expect(run.stdout).toMatch(/\n {2}list /)
  })

  it('ships a CLI bundle that never loads electron', () => {
    const files = [...bundleFiles(BUNDLE)]
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) expect(readFileSync(file, 'utf8')).not.toMatch(/require\(["']electron["']\)/)
  })
})
