import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { tempVault, type TempVault } from '../vault/helpers'
import { BUNDLE, ensureBuiltCli } from './built-cli'

beforeAll(ensureBuiltCli, 180_000)

const dir = mkdtempSync(join(tmpdir(), 'story-vault-lazy-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let vault: TempVault | undefined
afterEach(() => vault?.cleanup())

// Preloaded with --require: at exit, writes every module file the process loaded to LOADED_OUT.
const HOOK = join(dir, 'record-modules.cjs')
writeFileSync(
  HOOK,
  `process.on('exit', () => require('node:fs').writeFileSync(process.env.LOADED_OUT, Object.keys(require.cache).join('\\n')))\n`,
)

function loadedModules(args: string[]): { status: number | null; modules: string[] } {
  const out = join(dir, `loaded-${Math.random().toString(36).slice(2)}.txt`)
  const run = spawnSync(process.execPath, ['--require', HOOK, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LOADED_OUT: out, STORY_VAULT_PATH: '', XDG_CONFIG_HOME: '/nonexistent' },
  })
  return { status: run.status, modules: readFileSync(out, 'utf8').split('\n') }
}

const playwright = (modules: string[]) => modules.filter((m) => /[\\/]playwright-core[\\/]/.test(m))

describe('the built CLI loads playwright-core only to make a PDF', () => {
  it('the recorder sees playwright-core when it is loaded (so the next check can fail)', () => {
    const run = loadedModules(['-e', "require('playwright-core')"])
    expect(run.status).toBe(0)
    expect(playwright(run.modules).length).toBeGreaterThan(0)
  })

  it('`list` runs without loading it (it takes about a second to load)', () => {
    vault = tempVault('valid.json')
    const run = loadedModules([BUNDLE, '--vault', vault.path, 'list'])
    expect(run.status).toBe(0)
    expect(run.modules.some((m) => m.endsWith(join('out', 'main', 'cli.js')))).toBe(true)
    expect(playwright(run.modules)).toEqual([])
  })
})
