import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Runs a poppler tool on the bytes and returns its stdout. */
function poppler(tool: 'pdfinfo' | 'pdftotext', pdf: Uint8Array, extra: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'sv-pdf-'))
  try {
    const file = join(dir, 'sheet.pdf')
    writeFileSync(file, pdf)
    return execFileSync(tool, [...extra, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export function pageCount(pdf: Uint8Array): number {
  const match = /^Pages:\s+(\d+)/m.exec(poppler('pdfinfo', pdf))
  if (!match?.[1]) throw new Error('pdfinfo printed no page count')
  return Number(match[1])
}

export function pageSize(pdf: Uint8Array): string {
  return /^Page size:\s+(.+)$/m.exec(poppler('pdfinfo', pdf))?.[1] ?? ''
}

/** The PDF's text with all whitespace collapsed, lower-cased (the sheet prints area names in capitals). */
export function flatText(pdf: Uint8Array): string {
  return flatten(poppler('pdftotext', pdf))
}

export function flatten(text: string): string {
  return text.replace(/\s+/g, ' ').toLowerCase()
}
