#!/usr/bin/env node
// `npm run test:e2e`: find a Chromium, make sure out/ is built, run Playwright with any extra arguments.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { tsImport } from 'tsx/esm/api'
import { ROOT, electronBinary, ensureBuilt, hasDisplay } from './lib/ensure-built.mjs'

// The Chromium finder is TypeScript (the app's PDF export uses it); tsx loads it without a build.
const { findChromium: findInstalledChromium } = await tsImport(
  '../src/main/pdf/find-chromium.ts',
  import.meta.url,
)

function aptInstallChromium() {
  const canApt = process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0
  if (!canApt) return undefined
  console.log('No Chromium found; installing it with apt-get…')
  spawnSync('apt-get', ['update'], { stdio: 'inherit' })
  spawnSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit' })
  return findInstalledChromium({})?.path
}

function findChromium() {
  // A CHROMIUM_PATH that does not exist is passed over here (the app would refuse it).
  const { CHROMIUM_PATH, ...rest } = process.env
  const usable = CHROMIUM_PATH && existsSync(CHROMIUM_PATH) ? process.env : rest
  const found = findInstalledChromium(usable)
  if (found) return found
  const installed = aptInstallChromium()
  return installed ? { path: installed, source: 'installed with apt-get' } : undefined
}

const chromium = findChromium()
if (!chromium) {
  console.error(
    'e2e: no Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH.',
  )
  process.exit(1)
}
console.log(`e2e: using ${chromium.source} Chromium at ${chromium.path}`)
ensureBuilt()
if (!electronBinary()) {
  console.log(
    'e2e: the electron project will be skipped: Electron binary not installed (no network to fetch it).',
  )
} else if (!hasDisplay()) {
  console.log('e2e: the electron project will be skipped: no display (run under `xvfb-run -a`).')
}

const child = spawn(
  process.execPath,
  [join(ROOT, 'node_modules/@playwright/test/cli.js'), 'test', ...process.argv.slice(2)],
  { cwd: ROOT, stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: chromium.path } },
)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
