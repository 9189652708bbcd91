import { afterEach, describe, expect, it } from 'vitest'
import type { PdfOptions } from '../../../src/main/features/services'
import { CheatSheetDraftSchema, type CheatSheetDraft } from '../../../src/shared/cheatsheet/schema'
import { StoryDraftSchema, type StoryDraft } from '../../../src/shared/story/schema'
import { openHarness, value, type Harness } from './harness'

/** Channel arguments are the parsed shapes; fill in the defaults the way the renderer's forms do. */
const sheet = (draft: CheatSheetDraft) => CheatSheetDraftSchema.parse(draft)
const storyDraft = (draft: StoryDraft) => StoryDraftSchema.parse(draft)

let harness: Harness
afterEach(() => harness.close())

async function withStory(title: string) {
  harness = await openHarness()
  return value(
    await harness.call(
      'stories:save',
      storyDraft({
        title,
        situation: 'Two teams blocked each other.',
        result: 'Both teams shipped in May; lead time fell 40%.',
        competencies: ['partnerships'],
        reach: 'multi-team',
        teams: 2,
      }),
    ),
  )
}

describe('cheat sheet channels', () => {
  it('saves, updates and deletes sheets, keeping only the spec and picks', async () => {
    const story = await withStory('Unblocked the partner team')
    const created = value(
      await harness.call(
        'cheatsheets:save',
        sheet({
          company: 'Acme',
          competencies: ['partnerships', 'failure'],
          picks: { partnerships: story.id },
        }),
      ),
    )
    expect(created.sheets).toHaveLength(1)
    expect(created.sheet).toMatchObject({ company: 'Acme', layout: 'one-page', paper: 'a4', level: 'staff' })
    expect(JSON.stringify(harness.services.vault.current().sheets)).not.toContain(
      'Unblocked the partner team',
    )

    const updated = value(
      await harness.call('cheatsheets:save', { ...created.sheet, role: 'Staff Engineer', paper: 'letter' }),
    )
    expect(updated.sheets).toEqual([updated.sheet])
    expect(updated.sheet).toMatchObject({ id: created.sheet.id, role: 'Staff Engineer', paper: 'letter' })

    expect(value(await harness.call('cheatsheets:delete', created.sheet.id)).sheets).toEqual([])
    const missing = await harness.call('cheatsheets:delete', created.sheet.id)
    expect(missing.ok ? null : missing.error.code).toBe('not-found')
  })

  it('refuses unknown competencies and updates of sheets that do not exist', async () => {
    harness = await openHarness()
    const bad = await harness.callRaw('cheatsheets:save', [{ competencies: ['telepathy'] }])
    expect(bad.ok ? null : bad.error.code).toBe('invalid-input')
    const ghost = await harness.call('cheatsheets:save', sheet({ id: 'no-such-sheet', competencies: [] }))
    expect(ghost.ok ? null : ghost.error.code).toBe('not-found')
  })

  it('renders the PDF from the stories as they are now', async () => {
    const story = await withStory('Old title')
    const saved = value(
      await harness.call(
        'cheatsheets:save',
        sheet({ company: 'Acme', role: 'Lead', competencies: ['partnerships'] }),
      ),
    ).sheet
    value(await harness.call('stories:save', { ...story, title: 'Renamed after saving the sheet' }))
    const rendered: { html: string; options: PdfOptions }[] = []
    harness.services.renderPdf = async (html, options) => {
      rendered.push({ html, options })
      return new TextEncoder().encode('%PDF-1.7 fake')
    }
    const pdf = value(await harness.call('cheatsheets:render-pdf', { sheetId: saved.id }))
    expect(pdf.fileName).toBe('cheat-sheet-acme-lead.pdf')
    expect(Buffer.from(pdf.base64, 'base64').toString('latin1')).toBe('%PDF-1.7 fake')
    expect(rendered[0]?.html).toContain('Renamed after saving the sheet')
    expect(rendered[0]?.html).not.toContain('Old title')

    const unsaved = value(
      await harness.call('cheatsheets:render-pdf', {
        spec: sheet({ competencies: ['failure'], paper: 'letter' }),
      }),
    )
    expect(unsaved.fileName).toBe('cheat-sheet.pdf')
    expect(rendered[1]?.options).toEqual({ paper: 'letter' })
    expect(rendered[1]?.html).toContain('No story yet — write one')
  })

  it('passes on a clear error when PDF rendering is unavailable', async () => {
    harness = await openHarness()
    harness.services.renderPdf = async () => {
      const { ChromiumMissingError } = await import('../../../src/main/pdf')
      throw new ChromiumMissingError('none was found on this computer.')
    }
    const result = await harness.call('cheatsheets:render-pdf', {
      spec: sheet({ competencies: ['failure'] }),
    })
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/^PDF export needs Chromium: none was found/),
    })
  })
})
