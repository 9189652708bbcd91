import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export interface PdfLine {
  text: string
  /** Distance from the top of the page to the line's baseline, in PDF points. */
  top: number
}

export interface PdfPageText {
  width: number
  height: number
  lines: PdfLine[]
}

/** The text of each page as printed lines (pdf.js text positions), top to bottom. */
export async function pdfPages(pdf: Uint8Array): Promise<PdfPageText[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false })
    .promise
  try {
    const pages: PdfPageText[] = []
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const [, , width, height] = page.view as [number, number, number, number]
      const content = await page.getTextContent()
      const byBaseline = new Map<number, Array<{ x: number; text: string }>>()
      for (const item of content.items) {
        if (!('str' in item) || !item.str) continue
        const x = item.transform[4] as number
        const y = Math.round(item.transform[5] as number)
        const row = byBaseline.get(y) ?? []
        row.push({ x, text: item.str })
        byBaseline.set(y, row)
      }
      const lines = [...byBaseline]
        .map(([y, parts]) => ({
          top: height - y,
          text: parts
            .sort((a, b) => a.x - b.x)
            .map((p) => p.text)
            .join('')
            .replace(/\s+/g, ' ')
            .trim(),
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

/** Every page's lines in reading order, whitespace collapsed and lower-cased (area names print in capitals). */
export async function pdfFlatText(pdf: Uint8Array): Promise<string> {
  const pages = await pdfPages(pdf)
  return pages
    .flatMap((page) => page.lines.map((line) => line.text))
    .join(' ')
    .replace(/\s+/g, ' ')
    .toLowerCase()
}
