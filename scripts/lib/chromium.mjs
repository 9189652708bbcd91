// Finding (or, as root on Debian/Ubuntu, installing) the Chromium that PDF export, the Vitest PDF tests
// and the Playwright suite use. Shared by scripts/ensure-chromium.mjs (`npm test`'s first step) and
// scripts/e2e.mjs.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { tsImport } from 'tsx/esm/api'

export const NO_CHROMIUM =
  'no Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH.'

/** The app's own finder (TypeScript; tsx loads it without a build): CHROMIUM_PATH, Playwright's, the system's. */
export async function loadChromiumFinder() {
  const { findChromium } = await tsImport('../../src/main/pdf/find-chromium.ts', import.meta.url)
  return (env) => findChromium(env, chromium)
}

function canApt() {
  return process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0
}

function aptInstallChromium() {
  spawnSync('apt-get', ['update'], { stdio: 'inherit' })
  return (
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit' })
      .status === 0
  )
}

/**
 * The Chromium to use ({path, source}), installing Debian's package when none is found and apt-get can
 * run; undefined when there is none and none can be installed. A CHROMIUM_PATH that does not exist is
 * passed over here (the app itself would refuse it).
 */
export function findOrInstallChromium({
  find,
  env = process.env,
  apt = canApt,
  install = aptInstallChromium,
  log = console.log,
}) {
  const { CHROMIUM_PATH, ...rest } = env
  const usable = CHROMIUM_PATH && existsSync(CHROMIUM_PATH) ? env : rest
  const found = find(usable)
  if (found) return found
  if (!apt()) return undefined
  log('No Chromium found; installing it with apt-get…')
  if (!install()) return undefined
  const installed = find(rest)
  return installed ? { path: installed.path, source: 'installed with apt-get' } : undefined
}
