import { afterAll, describe, expect, it } from 'vitest'
import { chromium as playwrightChromium } from 'playwright-core'
import { buildCheatSheet } from '../../../src/shared/cheatsheet/build'
import { COMPETENCY_PRESETS } from '../../../src/shared/cheatsheet/presets'
import { renderCheatSheetHtml } from '../../../src/shared/cheatsheet/render-html'
import { SheetSpecSchema, type SheetSpec } from '../../../src/shared/cheatsheet/schema'
import { demoStories } from '../../../src/shared/content'
import { StorySchema, type Story } from '../../../src/shared/story/schema'
import { COMPETENCY_IDS } from '../../../src/shared/story/competency-ids'
import { ChromiumMissingError, createChromiumPdfRenderer, findChromium } from '../../../src/main/pdf'
import { flatText, flatten, pageCount, pageSize } from './pdf-tools'

const NOW = '2026-01-01T00:00:00.000Z'
/** The framework's first eight competencies: a full sheet without every one. */
const EIGHT = COMPETENCY_IDS.slice(0, 8)

const demo: Story[] = demoStories.map((fields, i) => ({
  ...fields,
  id: `demo-${i}`,
  createdAt: NOW,
  updatedAt: NOW,
}))

/** Stories far longer than anyone speaks: every field near its limit, one per competency. */
const longStories: Story[] = EIGHT.map((competency, i) =>
  StorySchema.parse({
    title: `A deliberately long title for the ${competency} story that goes on and on about ${i} things`,
    situation: 'The platform was failing in many different and interesting ways across the company. '.repeat(
      40,
    ),
    task: 'I was asked to own the whole recovery plan and get every team aligned on it quickly. '.repeat(40),
    action:
      'I wrote the plan, met each team lead, set weekly check-ins and named owners for every risk. '.repeat(
        40,
      ),
    result: 'Incidents fell from 14 a month to 2 and on-call pages dropped by 80% over two quarters. '.repeat(
      40,
    ),
    learnings:
      'Alignment first, tooling second, and always measure before you change anything at all. '.repeat(40),
    competencies: [competency],
    // Too small for staff: every entry carries its warning flag, the longest heading there is.
    reach: 'team',
    people: 3,
    metrics: Array.from({ length: 10 }, (_, n) => `metric number ${n} moved from 100 to ${n}`),
    id: `long-${i}`,
    createdAt: NOW,
    updatedAt: NOW,
  }),
)

const chromium = findChromium(process.env, playwrightChromium)
const renderer = createChromiumPdfRenderer({ idleMs: 5_000 })
afterAll(() => renderer.close())

async function pdfFor(stories: Story[], fields: Partial<SheetSpec>) {
  const spec = SheetSpecSchema.parse({
    company: 'Acme',
    role: 'Staff Engineer',
    competencies: EIGHT,
    ...fields,
  })
  const content = buildCheatSheet(spec, stories)
  return { content, pdf: await renderer.render(renderCheatSheetHtml(content), { paper: spec.paper }) }
}

describe('Chromium PDF rendering', () => {
  it('finds a Chromium on this machine (PDF export and these tests need one)', () => {
    expect(chromium, 'install Chromium: apt-get install chromium, or set CHROMIUM_PATH').toBeDefined()
  })

  for (const paper of ['a4', 'letter'] as const) {
    it(`puts eight long stories on exactly one ${paper} page`, { timeout: 30_000 }, async () => {
      const questionsToAsk = [
        'What does success look like for this role after six months and after a year?',
        'What is the hardest technical or organisational problem the team faces right now?',
        'How are technical decisions made and written down here, and who breaks a tie?',
        'Which teams would I depend on most, and how healthy are those relationships today?',
      ]
      const { pdf } = await pdfFor(longStories, { paper, questionsToAsk })
      expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-')
      expect(await pageCount(pdf)).toBe(1)
      expect(await pageSize(pdf)).toContain(paper === 'a4' ? 'A4' : 'letter')
    })

    it(
      `prints every chosen title and area of the demo vault on one ${paper} page`,
      { timeout: 30_000 },
      async () => {
        const { content, pdf } = await pdfFor(demo, {
          paper,
          questionsToAsk: ['What does success look like after a year?', 'Who breaks ties between teams?'],
        })
        expect(await pageCount(pdf)).toBe(1)
        const text = await flatText(pdf)
        expect(content.entries.every((entry) => entry.story)).toBe(true)
        for (const entry of content.entries) {
          expect(text).toContain(flatten(entry.competencyName))
          expect(text).toContain(flatten(entry.story?.title ?? 'missing'))
        }
        expect(text).toContain('who breaks ties between teams?')
      },
    )
  }

  it('keeps a ten-area company preset on one Letter page', { timeout: 30_000 }, async () => {
    const amazon = COMPETENCY_PRESETS.find((preset) => preset.id === 'amazon')?.competencies ?? []
    expect(amazon.length).toBeGreaterThan(8)
    const { content, pdf } = await pdfFor(demo, { paper: 'letter', competencies: amazon, lens: 'amazon' })
    expect(await pageCount(pdf)).toBe(1)
    const text = await flatText(pdf)
    for (const entry of content.entries) expect(text).toContain(flatten(entry.story?.title ?? 'missing'))
  })

  it('gives the detailed layout one story per half page', { timeout: 30_000 }, async () => {
    for (const count of [3, 8]) {
      const { pdf } = await pdfFor(longStories, { layout: 'detailed', competencies: EIGHT.slice(0, count) })
      // Each story takes half a page and the prep section the slot after the last story.
      expect(await pageCount(pdf)).toBe(Math.ceil((count + 1) / 2))
    }
  })

  it('says how to get Chromium when none can be found', async () => {
    const missing = createChromiumPdfRenderer({ env: { CHROMIUM_PATH: '/nonexistent/chromium' } })
    const attempt = missing.render('<p>hi</p>', { paper: 'a4' })
    await expect(attempt).rejects.toBeInstanceOf(ChromiumMissingError)
    await expect(attempt).rejects.toThrow(/PDF export needs Chromium: .*apt-get install chromium/)
  })
})
