#!/usr/bin/env node
// `node scripts/screenshot.mjs`: build if needed, open the browser host on a fresh vault in headless
// Chromium, start with the demo vault, select a story and save a 1280×800 light-theme docs/screenshot.png.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { tsImport } from 'tsx/esm/api'
import { ROOT, ensureBuilt } from './lib/ensure-built.mjs'

/** A demo story that shows scope and competencies well; the first row is used if the demo changes. */
const FEATURED_STORY = /eighteen teams/i
const OUTPUT = join(ROOT, 'docs/screenshot.png')

ensureBuilt()
// The host and the Chromium finder are TypeScript sources; tsx loads them without a separate build.
const { startBrowserHost } = await tsImport('../src/main/host/index.ts', import.meta.url)
const { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } = await tsImport(
  '../src/main/pdf/index.ts',
  import.meta.url,
)

const location = findChromium(process.env, chromium)
if (!location) {
  console.error(`screenshot: no Chromium found. ${HOW_TO_GET_CHROMIUM}`)
  process.exit(1)
}

const dataDir = mkdtempSync(join(tmpdir(), 'story-vault-screenshot-'))
let host
let browser
try {
  host = await startBrowserHost({
    vaultPath: join(dataDir, 'vault.json'),
    rendererDir: join(ROOT, 'out/renderer'),
  })
  browser = await chromium.launch({ executablePath: location.path, args: CHROMIUM_ARGS, headless: true })
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    colorScheme: 'light',
  })
  const page = await context.newPage()
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Start with the demo vault' }).click()

  const rows = page.getByTestId('story-list').getByRole('option')
  await rows.first().waitFor({ state: 'visible' })
  const featured = rows.filter({ hasText: FEATURED_STORY })
  await ((await featured.count()) > 0 ? featured.first() : rows.first()).click()
  await page.locator('[aria-selected="true"][role="option"]').waitFor()
  await page.getByRole('region', { name: 'Story' }).locator('input, textarea').first().waitFor()
  // Let fonts settle and any entrance transition finish before the picture is taken.
  await page.evaluate('document.fonts.ready')
  await page.waitForTimeout(300)

  mkdirSync(join(ROOT, 'docs'), { recursive: true })
  await page.screenshot({ path: OUTPUT })
  console.log(`screenshot: saved ${OUTPUT}`)
} finally {
  await browser?.close()
  await host?.close()
  rmSync(dataDir, { recursive: true, force: true })
}
