/**
 * Cheat sheet from a 1,000-story vault, end to end: pick the stories, build the HTML, print the PDF in
 * a local Chromium. Target: ≤ 3 s including starting Chromium (a person's first "Export PDF").
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
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

function pages(pdf: Uint8Array): number | null {
  const dir = mkdtempSync(join(tmpdir(), 'sv-bench-'))
  try {
    writeFileSync(join(dir, 'sheet.pdf'), pdf)
    const info = execFileSync('pdfinfo', [join(dir, 'sheet.pdf')], { encoding: 'utf8' })
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN)
  } catch {
    return null
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export async function run(): Promise<object> {
  const chromium = findChromium()
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
      pages: pages(pdf),
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
