#!/usr/bin/env node
// `npm test`'s first step: the Vitest PDF tests and the Playwright suite need a Chromium. Finds one (the
// same way the app does, so the tests' own finder sees it too) or installs Debian's as root.
import { findOrInstallChromium, loadChromiumFinder, NO_CHROMIUM } from './lib/chromium.mjs'

const chromium = findOrInstallChromium({ find: await loadChromiumFinder() })
if (!chromium) {
  console.error(`test: ${NO_CHROMIUM}`)
  process.exit(1)
}
console.log(`test: using ${chromium.source} Chromium at ${chromium.path}`)
