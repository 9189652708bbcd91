import { describe, expect, it } from 'vitest'
import { flatText, pageCount, pageSize } from './pdf-tools'

/** A two-page Letter PDF written by hand (Helvetica, no embedded font), with its xref offsets computed. */
function handMadePdf(lines: string[]): Uint8Array {
  const pages = lines.map((_, i) => 4 + i * 2)
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((n) => `${n} 0 R`).join(' ')}] /Count ${lines.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ...lines.flatMap((line, i) => {
      const stream = `BT /F1 18 Tf 72 700 Td (${line}) Tj ET`
      return [
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${pages[i]! + 1} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`,
        `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
      ]
    }),
  ]
  let out = '%PDF-1.4\n'
  const offsets = objects.map((body, i) => {
    const offset = out.length
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
    return offset
  })
  const xref = out.length
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return new Uint8Array(Buffer.from(out, 'latin1'))
}

describe('pdf-tools (pdfjs-dist, no system PDF tools)', () => {
  const pdf = handMadePdf(['Owned the Migration', 'Second Page Here'])

  it('counts pages, names the paper and reads the text', async () => {
    expect(await pageCount(pdf)).toBe(2)
    expect(await pageSize(pdf)).toBe('612 x 792 pts (letter)')
    expect(await flatText(pdf)).toBe('owned the migration second page here')
  })
})
