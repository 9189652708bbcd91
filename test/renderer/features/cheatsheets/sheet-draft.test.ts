import { describe, expect, it } from 'vitest'
import {
  applyPreset,
  defaultPaper,
  newSheetSpec,
  pdfBytes,
  questionsFromText,
  sameSpec,
  swapPick,
  toggleCompetency,
} from '../../../../src/renderer/src/features/cheatsheets/sheet-draft'

describe('sheet drafts', () => {
  it('starts a new sheet with the core five, good questions and the local paper size', () => {
    const spec = newSheetSpec('principal', 'en-US')
    expect(spec).toMatchObject({ level: 'principal', paper: 'letter', layout: 'one-page', lens: null })
    expect(spec.competencies).toHaveLength(5)
    expect(spec.questionsToAsk.length).toBeGreaterThan(0)
    expect(defaultPaper('de-DE')).toBe('a4')
    expect(defaultPaper('en-GB')).toBe('a4')
  })

  it('forgets a swap when its competency leaves the sheet, and applies presets with their lens', () => {
    let spec = swapPick(newSheetSpec('staff', 'en-GB'), 'ownership', 'story-1')
    expect(spec.picks).toEqual({ ownership: 'story-1' })
    expect(swapPick(spec, 'ownership', '').picks).toEqual({})
    spec = toggleCompetency(spec, 'ownership')
    expect(spec.competencies).not.toContain('ownership')
    expect(spec.picks).toEqual({})
    spec = toggleCompetency(spec, 'growth')
    expect(spec.competencies.at(-1)).toBe('growth')
    const meta = applyPreset(swapPick(spec, 'growth', 'story-2'), 'meta')
    expect(meta.lens).toBe('meta')
    expect(meta.picks).toEqual({ growth: 'story-2' })
    expect(applyPreset(meta, 'core').lens).toBeNull()
  })

  it('reads one question per line and decodes the PDF bytes', () => {
    expect(questionsFromText(' First?\n\n  Second? \n')).toEqual(['First?', 'Second?'])
    expect(Array.from(pdfBytes(btoa('%PDF-')))).toEqual([37, 80, 68, 70, 45])
    const spec = newSheetSpec('staff', 'en-GB')
    expect(sameSpec(spec, { ...spec })).toBe(true)
    expect(sameSpec(spec, { ...spec, company: 'X' })).toBe(false)
  })
})
