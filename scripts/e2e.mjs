#!/usr/bin/env node
// `npm run test:e2e`: find a Chromium, make sure out/ is built, run Playwright with any extra arguments.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { findOrInstallChromium, loadChromiumFinder, NO_CHROMIUM } from './lib/chromium.mjs'
import { ROOT, electronBinary, ensureBuilt, hasDisplay } from './lib/ensure-built.mjs'

const chromium = findOrInstallChromium({ find: await loadChromiumFinder() })
if (!chromium) {
  console.error(`e2e: ${NO_CHROMIUM}`)
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
