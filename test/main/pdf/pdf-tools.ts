import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export interface PdfLine {
  text: string
  /** Distance from the top of the page to the line's baseline, in PDF points. */
  top: number
}

export interface PdfPageText {
  /** In PostScript points. */
  width: number
  height: number
  /** The page's printed lines (pdf.js text positions), top to bottom. */
  lines: PdfLine[]
}

const read = new WeakMap<Uint8Array, Promise<PdfPageText[]>>()

/** Reads the PDF with pdfjs-dist (an npm package: no system PDF tools needed), once per PDF. */
export function pdfPages(pdf: Uint8Array): Promise<PdfPageText[]> {
  let pages = read.get(pdf)
  if (!pages) {
    pages = readPages(pdf)
    read.set(pdf, pages)
  }
  return pages
}

async function readPages(bytes: Uint8Array): Promise<PdfPageText[]> {
  // pdfjs takes ownership of the buffer it is given, so it gets a copy.
  const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise
  try {
    const pages: PdfPageText[] = []
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const [, , width = 0, height = 0] = page.view
      const byBaseline = new Map<number, Array<{ x: number; text: string }>>()
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || !item.str) continue
        const y = Math.round(item.transform[5] as number)
        const row = byBaseline.get(y) ?? []
        row.push({ x: item.transform[4] as number, text: item.str })
        byBaseline.set(y, row)
      }
      const lines = [...byBaseline]
        .map(([y, parts]) => ({
          top: height - y,
          text: flatSpaces(
            parts
              .sort((a, b) => a.x - b.x)
              .map((p) => p.text)
              .join(''),
          ).trim(),
        }))
        .filter((line) => line.text)
        .sort((a, b) => a.top - b.top)
      pages.push({ width, height, lines })
    }
    return pages
  } finally {
    await doc.destroy()
  }
}

export async function pageCount(pdf: Uint8Array): Promise<number> {
  return (await pdfPages(pdf)).length
}

const PAPERS: Array<[string, number, number]> = [
  ['letter', 612, 792],
  ['A4', 595.28, 841.89],
]

/** "612 x 792 pts (letter)": the first page's size, named when it is a known paper. */
export async function pageSize(pdf: Uint8Array): Promise<string> {
  const { width = 0, height = 0 } = (await pdfPages(pdf))[0] ?? {}
  const paper = PAPERS.find(([, w, h]) => Math.abs(w - width) < 1 && Math.abs(h - height) < 1)?.[0]
  const round = (n: number) => Math.round(n * 100) / 100
  return `${round(width)} x ${round(height)} pts${paper ? ` (${paper})` : ''}`
}

/** Every page's lines in reading order, whitespace collapsed, lower-cased (area names print in capitals). */
export async function flatText(pdf: Uint8Array): Promise<string> {
  const pages = await pdfPages(pdf)
  return flatten(pages.flatMap((page) => page.lines.map((line) => line.text)).join(' '))
}

export function flatten(text: string): string {
  return flatSpaces(text).toLowerCase()
}

function flatSpaces(text: string): string {
  return text.replace(/\s+/g, ' ')
}
