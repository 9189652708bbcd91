import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

interface PdfFacts {
  pages: number
  /** Of the first page, in PostScript points. */
  width: number
  height: number
  text: string
}

const read = new WeakMap<Uint8Array, Promise<PdfFacts>>()

/** Reads the PDF with pdfjs-dist (an npm package: no system PDF tools needed), once per PDF. */
export function pdfFacts(pdf: Uint8Array): Promise<PdfFacts> {
  let facts = read.get(pdf)
  if (!facts) {
    facts = readFacts(pdf)
    read.set(pdf, facts)
  }
  return facts
}

async function readFacts(bytes: Uint8Array): Promise<PdfFacts> {
  // pdfjs takes ownership of the buffer it is given, so it gets a copy.
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise
  try {
    const parts: string[] = []
    const first = await pdf.getPage(1)
    const [, , width = 0, height = 0] = first.view
    for (let number = 1; number <= pdf.numPages; number++) {
      const content = await (await pdf.getPage(number)).getTextContent()
      for (const item of content.items) if ('str' in item) parts.push(item.str, item.hasEOL ? '\n' : '')
      parts.push('\n')
    }
    return { pages: pdf.numPages, width, height, text: parts.join('') }
  } finally {
    await pdf.destroy()
  }
}

export async function pageCount(pdf: Uint8Array): Promise<number> {
  return (await pdfFacts(pdf)).pages
}

const PAPERS: Array<[string, number, number]> = [
  ['letter', 612, 792],
  ['A4', 595.28, 841.89],
]

/** "612 x 792 pts (letter)": the first page's size, named when it is a known paper. */
export async function pageSize(pdf: Uint8Array): Promise<string> {
  const { width, height } = await pdfFacts(pdf)
  const paper = PAPERS.find(([, w, h]) => Math.abs(w - width) < 1 && Math.abs(h - height) < 1)?.[0]
  const round = (n: number) => Math.round(n * 100) / 100
  return `${round(width)} x ${round(height)} pts${paper ? ` (${paper})` : ''}`
}

/** The PDF's text with all whitespace collapsed, lower-cased (the sheet prints area names in capitals). */
export async function flatText(pdf: Uint8Array): Promise<string> {
  return flatten((await pdfFacts(pdf)).text)
}

export function flatten(text: string): string {
  return text.replace(/\s+/g, ' ').toLowerCase()
}
