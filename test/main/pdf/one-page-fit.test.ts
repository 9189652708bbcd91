import { afterAll, describe, expect, it } from 'vitest'
import { buildCheatSheet } from '../../../src/shared/cheatsheet/build'
import { renderCheatSheetHtml } from '../../../src/shared/cheatsheet/render-html'
import { SheetSpecSchema, type PaperSize } from '../../../src/shared/cheatsheet/schema'
import { demoStories } from '../../../src/shared/content'
import type { Story } from '../../../src/shared/story/schema'
import { COMPETENCY_IDS } from '../../../src/shared/story/competency-ids'
import { createChromiumPdfRenderer } from '../../../src/main/pdf'
import { pdfPages } from './pdf-tools'

const NOW = '2026-01-01T00:00:00.000Z'
const demo: Story[] = demoStories.map((fields, i) => ({
  ...fields,
  id: `demo-${i}`,
  createdAt: NOW,
  updatedAt: NOW,
}))

const renderer = createChromiumPdfRenderer({ idleMs: 5_000 })
afterAll(() => renderer.close())

async function sheet(count: number, paper: PaperSize) {
  const spec = SheetSpecSchema.parse({
    company: 'Acme',
    role: 'Staff Engineer',
    competencies: COMPETENCY_IDS.slice(0, count),
    paper,
  })
  const content = buildCheatSheet(spec, demo)
  expect(content.entries.every((entry) => entry.story)).toBe(true)
  return pdfPages(await renderer.render(renderCheatSheetHtml(content), { paper }))
}

describe('the one-page sheet of the demo vault', () => {
  for (const paper of ['letter', 'a4'] as const) {
    for (const count of [5, 8]) {
      it(`reads whole and fills the ${paper} page with ${count} stories`, { timeout: 60_000 }, async () => {
        const pages = await sheet(count, paper)
        expect(pages).toHaveLength(1)
        const [page] = pages
        if (!page) return
        const cut = page.lines.filter((line) => line.text.endsWith('…') || line.text.endsWith('...'))
        expect(cut.map((line) => line.text)).toEqual([])
        // The lowest printed line, against the page's height (margins included).
        const lowest = Math.max(...page.lines.map((line) => line.top))
        expect(lowest / page.height).toBeGreaterThanOrEqual(0.85)
      })
    }
  }
})
