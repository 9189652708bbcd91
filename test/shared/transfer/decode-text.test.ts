import { describe, expect, it } from 'vitest'
import { decodeImportBytes } from '../../../src/shared/transfer/decode-text'
import { parseImportFiles } from '../../../src/shared/transfer/import-files'

const CSV =
  'Title,Situation,Year\r\nRebuilt the on-call rota,Pagers went off at 3 a.m. — every night,2022\r\n'

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const le = Buffer.from(text, 'utf16le')
  const bytes = order === 'le' ? le : Buffer.from(le).swap16()
  const mark = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]
  return new Uint8Array(bom ? Buffer.concat([Buffer.from(mark), bytes]) : bytes)
}

describe('decodeImportBytes', () => {
  it.each([
    ['UTF-16 LE with a BOM (Excel "Unicode text")', utf16(CSV, 'le', true), 'utf-16le'],
    ['UTF-16 BE with a BOM', utf16(CSV, 'be', true), 'utf-16be'],
    ['UTF-16 LE without a BOM', utf16(CSV, 'le', false), 'utf-16le'],
    ['UTF-16 BE without a BOM', utf16(CSV, 'be', false), 'utf-16be'],
    ['UTF-8 with a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(CSV)]), 'utf-8'],
    ['plain UTF-8', new Uint8Array(Buffer.from(CSV)), 'utf-8'],
  ])('reads %s to the same text, without a BOM or NUL', (_, bytes, encoding) => {
    expect(decodeImportBytes('stories.csv', bytes)).toEqual({ ok: true, text: CSV, encoding })
  })

  it('gives a UTF-16 CSV the same stories as its UTF-8 twin', () => {
    const decoded = decodeImportBytes('stories.csv', utf16(CSV, 'le', true))
    if (!decoded.ok) throw new Error(decoded.message)
    const parsed = parseImportFiles([{ name: 'stories.csv', text: decoded.text }])
    expect(parsed.errors).toEqual([])
    expect(parsed.stories.map((s) => [s.title, s.year])).toEqual([['Rebuilt the on-call rota', 2022]])
  })

  it.each([
    [
      'a workbook',
      [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0],
      /book.xlsx is not a text file \(it looks like a zip archive or a spreadsheet workbook/,
    ],
    ['a PDF', [...Buffer.from('%PDF-1.7\n%\xe2\xe3')], /looks like a PDF/],
    ['random binary', [1, 2, 3, 0, 0xff, 0x10, 0x11, 0x12, 7, 0, 9, 200], /holds binary data/],
    ['UTF-32', [0xff, 0xfe, 0, 0, 0x41, 0, 0, 0], /UTF-32/],
  ])('refuses %s with a message saying what to do', (_, bytes, message) => {
    const decoded = decodeImportBytes('book.xlsx', new Uint8Array(bytes))
    expect(decoded.ok).toBe(false)
    if (decoded.ok) return
    expect(decoded.message).toMatch(message)
    expect(decoded.message).toMatch(/Save it as CSV \(UTF-8\), JSON or Markdown/)
  })

  it('keeps ordinary non-ASCII text, tabs and form feeds as text', () => {
    const text = 'Titel\tJahr\nÜberarbeitete Abrechnung\t2021\n\f日本語のメモ\n'
    expect(decodeImportBytes('notes.tsv', new Uint8Array(Buffer.from(text)))).toMatchObject({
      ok: true,
      text,
    })
  })
})
