#!/usr/bin/env node
// `npm run test:e2e`: find a Chromium, make sure out/ is built, run Playwright with any extra arguments.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, electronBinary, ensureBuilt, hasDisplay } from './lib/ensure-built.mjs'

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium']

async function playwrightChromium() {
  try {
    const { chromium } = await import('playwright-core')
    const path = chromium.executablePath()
    return path && existsSync(path) ? path : undefined
  } catch {
    return undefined
  }
}

function systemChromium() {
  const known = SYSTEM_CHROMIUMS.find((path) => existsSync(path))
  if (known) return known
  for (const name of ['chromium', 'chromium-browser']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim()
    if (found) return found
  }
  return undefined
}

function aptInstallChromium() {
  const canApt = process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0
  if (!canApt) return undefined
  console.log('No Chromium found; installing it with apt-get…')
  spawnSync('apt-get', ['update'], { stdio: 'inherit' })
  spawnSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit' })
  return systemChromium()
}

async function findChromium() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) {
    return { path: process.env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' }
  }
  const bundled = await playwrightChromium()
  if (bundled) return { path: bundled, source: "Playwright's own" }
  const system = systemChromium()
  if (system) return { path: system, source: 'system' }
  const installed = aptInstallChromium()
  return installed ? { path: installed, source: 'installed with apt-get' } : undefined
}

const chromium = await findChromium()
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
