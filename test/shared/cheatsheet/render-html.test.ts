import { describe, expect, it } from 'vitest'
import { buildCheatSheet } from '../../../src/shared/cheatsheet/build'
import { renderCheatSheetHtml, renderSheetMarkup } from '../../../src/shared/cheatsheet/render-html'
import { SheetSpecSchema } from '../../../src/shared/cheatsheet/schema'
import { story } from './stories'

const hostile = story('x1', {
  title: '<script>alert("title")</script> & \'quotes\'',
  situation: 'We had <img src=x onerror=alert(1)> in the logs.',
  result: 'Revenue grew 12% after "the <b>fix</b>".',
  learnings: 'Escape </style> everything.',
  competencies: ['ownership'],
  reach: 'org',
  teams: 5,
  metrics: ['<i>40%</i> faster'],
})

function render(fields: Record<string, unknown> = {}) {
  const spec = SheetSpecSchema.parse({
    company: 'A&B <Corp>',
    role: 'Staff "Engineer"',
    competencies: ['ownership', 'failure'],
    questionsToAsk: ['What <breaks> first?'],
    ...fields,
  })
  return renderCheatSheetHtml(buildCheatSheet(spec, [hostile]))
}

describe('renderCheatSheetHtml', () => {
  it('escapes every piece of the person’s text', () => {
    const html = render()
    expect(html).not.toContain('<script')
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<b>fix')
    expect(html).not.toContain('<i>40%')
    expect(html).not.toContain('</style> everything')
    expect(html).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;')
    expect(html).toContain('Staff &quot;Engineer&quot; at A&amp;B &lt;Corp&gt;')
    expect(html).toContain('What &lt;breaks&gt; first?')
  })

  it('is self-contained: no scripts, links or outside addresses, and a locked-down CSP', () => {
    const spec = SheetSpecSchema.parse({ competencies: ['delivery', 'failure'] })
    const html = renderCheatSheetHtml(buildCheatSheet(spec, [story('plain', { competencies: ['delivery'] })]))
    expect(html).not.toMatch(/<script|<link|<iframe|src=|@import|url\(/i)
    expect(html).not.toMatch(/https?:\/\//)
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'`)
  })

  it('prints black on white with the paper size in @page', () => {
    expect(render({ paper: 'letter' })).toContain('@page { size: letter;')
    const a4 = render({ paper: 'a4' })
    expect(a4).toContain('@page { size: A4;')
    expect(a4).toMatch(/\.sv-sheet \{[^}]*background: #fff; color: #000;/)
    expect(a4).toContain('font: 9pt/1.2')
  })

  it('shows an honest gap for an area without a story', () => {
    const html = render()
    expect(html).toMatch(/data-competency="failure"[^>]*>\s*<h2[^>]*>.*No story yet — write one/)
  })

  it('scopes every style rule to the sheet, so the preview cannot restyle the app', () => {
    const spec = SheetSpecSchema.parse({ competencies: ['ownership'], layout: 'detailed' })
    const { css } = renderSheetMarkup(buildCheatSheet(spec, [hostile]))
    const selectors = css
      .replace(/@page[^}]*\}/g, '')
      .replace(/@media print \{([\s\S]*)\}\s*$/, '$1')
      .match(/(^|\})\s*([^{}@]+)\{/g)
      ?.map((rule) =>
        rule
          .replace(/^\}?\s*/, '')
          .replace(/\{$/, '')
          .trim(),
      )
    expect(selectors?.length).toBeGreaterThan(10)
    for (const selector of selectors ?? []) {
      for (const part of selector.split(',')) expect(part.trim()).toMatch(/^\.sv-sheet/)
    }
  })
})
