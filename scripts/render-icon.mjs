#!/usr/bin/env node
// `node scripts/render-icon.mjs`: renders build/icon.svg to build/icon.png (1024×1024), the image
// electron-builder turns into each platform's icon. Needs a local Chromium (as the PDF export does).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { tsImport } from 'tsx/esm/api'
import { ROOT } from './lib/ensure-built.mjs'

const { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } = await tsImport(
  '../src/main/pdf/index.ts',
  import.meta.url,
)
const location = findChromium(process.env, chromium)
if (!location) {
  console.error(`render-icon: no Chromium found. ${HOW_TO_GET_CHROMIUM}`)
  process.exit(1)
}
const svg = readFileSync(join(ROOT, 'build/icon.svg'), 'utf8')
const browser = await chromium.launch({ executablePath: location.path, args: CHROMIUM_ARGS, headless: true })
try {
  const page = await browser.newPage({ viewport: { width: 1024, height: 1024 }, deviceScaleFactor: 1 })
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg}`)
  await page.locator('svg').screenshot({ path: join(ROOT, 'build/icon.png'), omitBackground: true })
  console.log('render-icon: saved build/icon.png')
} finally {
  await browser.close()
}
