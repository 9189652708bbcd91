import { describe, expect, it, vi } from 'vitest'
// @ts-expect-error -- a plain .mjs script without type declarations; its shape is checked below
import { findOrInstallChromium } from '../../scripts/lib/chromium.mjs'

interface Location {
  path: string
  source: string
}
type Find = (env: NodeJS.ProcessEnv) => Location | undefined
const ensure = findOrInstallChromium as (options: {
  find: Find
  env?: NodeJS.ProcessEnv
  apt?: () => boolean
  install?: () => boolean
  log?: (message: string) => void
}) => Location | undefined

const SYSTEM = { path: '/usr/bin/chromium', source: 'system' }

describe('findOrInstallChromium (npm test’s first step)', () => {
  it('uses the Chromium the app would find, installing nothing', () => {
    const install = vi.fn(() => true)
    expect(ensure({ find: () => SYSTEM, env: {}, apt: () => true, install })).toEqual(SYSTEM)
    expect(install).not.toHaveBeenCalled()
  })

  it('installs Debian’s Chromium with apt-get when none is found, then finds it the app’s way', () => {
    let installed = false
    const log = vi.fn()
    const found = ensure({
      find: () => (installed ? SYSTEM : undefined),
      env: {},
      apt: () => true,
      install: () => (installed = true),
      log,
    })
    expect(found).toEqual({ path: SYSTEM.path, source: 'installed with apt-get' })
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/installing it with apt-get/))
  })

  it('gives up (undefined) when there is none and apt-get cannot run', () => {
    const install = vi.fn(() => true)
    expect(ensure({ find: () => undefined, env: {}, apt: () => false, install })).toBeUndefined()
    expect(install).not.toHaveBeenCalled()
  })

  it('passes over a CHROMIUM_PATH that does not exist', () => {
    const seen: NodeJS.ProcessEnv[] = []
    ensure({
      find: (env) => (seen.push(env), SYSTEM),
      env: { CHROMIUM_PATH: '/nowhere/chromium', HOME: '/h' },
    })
    expect(seen).toEqual([{ HOME: '/h' }])
  })
})

describe('package.json', () => {
  it('makes sure of Chromium before Vitest runs', async () => {
    const { readFileSync } = await import('node:fs')
    const { join } = await import('node:path')
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as {
      scripts: Record<string, string>
    }
    const test = pkg.scripts.test ?? ''
    expect(test.indexOf('node scripts/ensure-chromium.mjs')).toBeGreaterThanOrEqual(0)
    expect(test.indexOf('node scripts/ensure-chromium.mjs')).toBeLessThan(test.indexOf('test:unit'))
  })

  it('needs no system PDF tools anywhere in the tests, bench or CI', async () => {
    const { spawnSync } = await import('node:child_process')
    const { join } = await import('node:path')
    const tools = ['pdf' + 'totext', 'pdf' + 'info', 'pdf' + 'toppm', 'pop' + 'pler']
    const search = spawnSync(
      'git',
      ['grep', '-l', '-E', tools.join('|'), '--', 'test', 'bench', 'e2e', 'scripts', '.ci', 'package.json'],
      { cwd: join(import.meta.dirname, '../..'), encoding: 'utf8' },
    )
    expect(search.status, 'git grep exits 1 when nothing matches').toBe(1)
    expect(search.stdout).toBe('')
  })
})
