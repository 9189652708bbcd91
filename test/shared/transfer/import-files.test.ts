import { describe, expect, it } from 'vitest'
import { LIMITS } from '../../../src/shared/story/limits'
import { detectFormat, parseImportFiles } from '../../../src/shared/transfer/import-files'
import { fixture, fixtureFolder } from './fixtures'

describe('reading a set of files', () => {
  it('detects the format by extension, then by content', () => {
    expect(detectFormat({ name: 'a.CSV', text: '' })).toBe('csv')
    expect(detectFormat({ name: 'a.tsv', text: '' })).toBe('tsv')
    expect(detectFormat({ name: 'a.md', text: '' })).toBe('markdown')
    expect(detectFormat({ name: 'b 0123456789abcdef0123456789abcdef.md', text: '' })).toBe('notion')
    expect(detectFormat({ name: 'b.json', text: '{"schemaVersion":1,"stories":[]}' })).toBe('json-backup')
    expect(detectFormat({ name: 'b.json', text: '[]' })).toBe('json')
    expect(detectFormat({ name: 'paste.txt', text: 'Title\tYear\n' })).toBe('tsv')
    expect(detectFormat({ name: 'paste', text: '---\ntitle: x\n---\n' })).toBe('markdown')
    expect(detectFormat({ name: 'photo.png', text: '' })).toBeNull()
  })

  it("reads a Notion export folder from the pages, skipping Notion's duplicate table", () => {
    const parsed = parseImportFiles(fixtureFolder('notion'))
    expect(parsed.errors).toEqual([])
    expect(parsed.stories).toHaveLength(1)
    expect(parsed.stories[0]).toMatchObject({
      title: 'Moved billing to Postgres',
      company: 'Contoso',
      year: 2021,
      competencies: ['delivery', 'ownership'],
      tags: ['migration'],
      situation: 'Billing ran on a database the vendor stopped supporting.',
      result: 'Zero lost invoices; hosting costs down 35%.',
    })
    expect(parsed.files.map((f) => f.format)).toEqual(['notion'])
    expect(parsed.warnings.join(' ')).toMatch(/Notion's table was skipped/)
  })

  it('reads several formats at once and labels records with their file', () => {
    const parsed = parseImportFiles([
      fixture('stories.tsv'),
      fixture('obsidian-note.md'),
      fixture('plain-array.json'),
    ])
    expect(parsed.errors).toEqual([])
    expect(parsed.stories).toHaveLength(5)
    expect(parsed.labels[0]).toBe('stories.tsv: Row 2')
  })

  it('refuses more than the import size limit with a clear message', () => {
    const big = { name: 'big.csv', text: `Title\n${'x'.repeat(LIMITS.importBytes)}\n` }
    const parsed = parseImportFiles([big])
    expect(parsed.stories).toEqual([])
    expect(parsed.errors[0]?.message).toMatch(/imports at most 20 MB at once/)
  })

  it('skips files it cannot read and says which', () => {
    const parsed = parseImportFiles([{ name: 'sheet.xlsx', text: 'PK' }, fixture('plain-array.json')])
    expect(parsed.stories).toHaveLength(2)
    expect(parsed.warnings[0]).toMatch(/sheet\.xlsx: save the spreadsheet as CSV first/)
    expect(parseImportFiles([{ name: 'sheet.xlsx', text: 'PK' }]).errors).toHaveLength(1)
  })
})
