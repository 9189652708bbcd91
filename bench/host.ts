/**
 * Browser host figures: time from navigation start to the first story row painted in the list, with
 * generated vaults of 1,000 and 10,000 stories. Target: ≤ 1000 ms at 10,000 stories.
 * Needs a built renderer (out/renderer; `npm run bench` builds first) and a Chromium.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { startBrowserHost } from '../src/main/host'
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } from '../src/main/pdf'
import { CURRENT_SCHEMA_VERSION, type VaultDocument } from '../src/shared/vault/document'
import { generateStories } from './generate-stories'

const RENDERER_DIR = resolve(import.meta.dirname, '../out/renderer')
const SIZES = [1_000, 10_000]
const RUNS = 3
const TARGET_MS = 1000
const TARGET = '≤ 1000 ms at 10,000'
/** The rows StoryList renders (src/renderer/src/features/stories/StoryList.tsx). */
const FIRST_ROW = '[data-testid="story-list"] [role="option"]'
const PAINT_MARK = '__storyVaultFirstRowPaintMs'

/**
 * Runs in the page before its own scripts (as a string: bench code is typechecked without the DOM lib).
 * Records performance.now() — milliseconds since navigation start — once the first row has a layout box
 * and the frame holding it has been painted: the message posted from requestAnimationFrame is delivered
 * after that frame's paint.
 */
const RECORD_FIRST_ROW_PAINT = `(() => {
  const observer = new MutationObserver(() => {
    const row = document.querySelector(${JSON.stringify(FIRST_ROW)})
    if (!row || row.getBoundingClientRect().height === 0) return
    observer.disconnect()
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => { window[${JSON.stringify(PAINT_MARK)}] = performance.now() }
      channel.port2.postMessage(null)
    })
  })
  observer.observe(document, { childList: true, subtree: true })
})()`

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN
const round = (ms: number) => Math.round(ms * 10) / 10

/** One cold visit: a fresh browser context (empty cache and session storage), measured in the page. */
async function firstListPaint(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    const page = await context.newPage()
    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    await page.addInitScript({ content: RECORD_FIRST_ROW_PAINT })
    await page.goto(url)
    try {
      await page.locator(FIRST_ROW).first().waitFor({ state: 'visible', timeout: 60_000 })
      await page.waitForFunction(`typeof window.${PAINT_MARK} === 'number'`, undefined, { timeout: 10_000 })
    } catch (error) {
      const errors = pageErrors.length ? ` Page errors: ${pageErrors.join(' | ')}` : ''
      throw new Error(`No story row appeared in the list: ${(error as Error).message}${errors}`)
    }
    return (await page.evaluate(`window.${PAINT_MARK}`)) as number
  } finally {
    await context.close()
  }
}

async function measure(browser: Browser, count: number): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'story-vault-bench-host-'))
  try {
    const vaultPath = join(dir, 'vault.json')
    const doc: VaultDocument = {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      onboarded: true,
      settings: { targetLevel: 'staff' },
      stories: generateStories(count, 7),
      sheets: [],
      trash: [],
      ownQuestions: [],
      practice: { cards: [], history: [] },
      loops: [],
    }
    await writeFile(vaultPath, `${JSON.stringify(doc, null, 2)}\n`)
    const host = await startBrowserHost({ vaultPath, rendererDir: RENDERER_DIR })
    const runs: number[] = []
    try {
      for (let i = 0; i < RUNS; i++) runs.push(round(await firstListPaint(browser, host.url)))
    } finally {
      await host.close()
    }
    const firstListPaintMs = round(median(runs))
    return { stories: count, firstListPaintMs, runs, target: TARGET, met: firstListPaintMs <= TARGET_MS }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export async function run(): Promise<Record<string, unknown>> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`No built renderer at ${RENDERER_DIR}: run \`npm run build\` (or \`npm run bench\`).`)
  }
  const location = findChromium(process.env, chromium)
  if (!location) throw new Error(`The host benchmark needs Chromium. ${HOW_TO_GET_CHROMIUM}`)
  const browser = await chromium.launch({
    executablePath: location.path,
    args: CHROMIUM_ARGS,
    headless: true,
  })
  try {
    const sizes: Record<string, unknown>[] = []
    for (const count of SIZES) sizes.push(await measure(browser, count))
    return {
      firstListPaint: sizes,
      measured:
        'navigation start → first story row painted, in the page (performance.now); cold context per run, median of 3',
    }
  } finally {
    await browser.close()
  }
}
