/**
 * Cheat sheet from a 1,000-story vault, end to end: pick the stories, build the HTML, print the PDF in
 * a local Chromium. Target: ≤ 3 s including starting Chromium (a person's first "Export PDF").
 */
import { performance } from 'node:perf_hooks'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { chromium as playwrightChromium } from 'playwright-core'
import { createChromiumPdfRenderer, findChromium } from '../src/main/pdf'
import { buildCheatSheet } from '../src/shared/cheatsheet/build'
import { renderCheatSheetHtml } from '../src/shared/cheatsheet/render-html'
import { SheetSpecSchema } from '../src/shared/cheatsheet/schema'
import { COMPETENCY_IDS } from '../src/shared/story/competency-ids'
import { generateStories } from './generate-stories'

const TARGET_MS = 3_000
const STORIES = 1_000
/** The framework's first eight competencies: a full sheet without every one. */
const EIGHT = COMPETENCY_IDS.slice(0, 8)

const round = (ms: number) => Math.round(ms)

/** Page count read with pdfjs-dist (an npm package: no system PDF tools needed), or null if unreadable. */
async function pages(pdf: Uint8Array): Promise<number | null> {
  try {
    const doc = await getDocument({ data: pdf.slice(), isEvalSupported: false, verbosity: 0 }).promise
    const count = doc.numPages
    await doc.destroy()
    return count
  } catch {
    return null
  }
}

export async function run(): Promise<object> {
  const chromium = findChromium(process.env, playwrightChromium)
  if (!chromium) return { skipped: 'no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)' }
  const stories = generateStories(STORIES, 7)
  const spec = SheetSpecSchema.parse({ company: 'Bench', role: 'Staff Engineer', competencies: EIGHT })
  const renderer = createChromiumPdfRenderer()
  const once = async () => {
    const start = performance.now()
    const content = buildCheatSheet(spec, stories)
    const picked = performance.now()
    const html = renderCheatSheetHtml(content)
    const rendered = performance.now()
    const pdf = await renderer.render(html, { paper: spec.paper })
    const end = performance.now()
    return {
      totalMs: round(end - start),
      pickMs: round(picked - start),
      htmlMs: round(rendered - picked),
      pdfMs: round(end - rendered),
      pages: await pages(pdf),
      filled: content.entries.filter((e) => e.story).length,
    }
  }
  try {
    const cold = await once()
    const warm = await once()
    return {
      stories: STORIES,
      competencies: EIGHT.length,
      chromium: `${chromium.source}: ${chromium.path}`,
      cold: { ...cold, note: 'includes starting Chromium' },
      warm,
      targetMs: TARGET_MS,
      withinTarget: cold.totalMs <= TARGET_MS,
      summary: `one-page sheet from ${STORIES} stories: ${cold.totalMs} ms cold, ${warm.totalMs} ms warm (target ≤ ${TARGET_MS} ms)`,
    }
  } finally {
    await renderer.close()
  }
}
