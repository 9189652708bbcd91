import type { PaperSize, SheetLayout } from './schema'

/** Page sizes in millimetres and the print margin every sheet uses. */
export const PAPER_MM: Record<PaperSize, { width: number; height: number; cssSize: string }> = {
  a4: { width: 210, height: 297, cssSize: 'A4' },
  letter: { width: 215.9, height: 279.4, cssSize: 'letter' },
}
export const MARGIN_MM = 10
/** Height kept for the sheet's heading on page one of the detailed layout. */
const HEADER_MM = 16

/** Detailed layout: two equal slots per page, sized so two always fit (with the heading on page one). */
export function detailedSlotMm(paper: PaperSize): number {
  const printable = PAPER_MM[paper].height - 2 * MARGIN_MM
  return Math.floor((printable - HEADER_MM - 1) / 2)
}

/**
 * The sheet's styles, every rule scoped to .sv-sheet so the same markup can sit inside the app for the
 * preview. Black on white at 9 pt whatever the app's theme; fonts are local, nothing is fetched.
 */
export function sheetCss(layout: SheetLayout, paper: PaperSize): string {
  const size = PAPER_MM[paper]
  const slot = detailedSlotMm(paper)
  return `
@page { size: ${size.cssSize}; margin: ${MARGIN_MM}mm; }
.sv-sheet, .sv-sheet * { box-sizing: border-box; }
.sv-sheet {
  width: ${size.width}mm; min-height: ${size.height}mm; padding: ${MARGIN_MM}mm; margin: 0 auto;
  background: #fff; color: #000; text-align: left;
  font: 9pt/1.2 Arial, 'Liberation Sans', Helvetica, 'DejaVu Sans', sans-serif;
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
}
.sv-sheet h1, .sv-sheet h2, .sv-sheet h3, .sv-sheet p, .sv-sheet ul, .sv-sheet ol { margin: 0; padding: 0; }
.sv-sheet .sv-header { display: flex; align-items: baseline; justify-content: space-between; gap: 4mm;
  border-bottom: 1.5pt solid #000; padding-bottom: 1mm; margin-bottom: 2mm; }
.sv-sheet .sv-header h1 { font-size: 13pt; line-height: 1.15; }
.sv-sheet .sv-header p { font-size: 8.5pt; }
.sv-sheet .sv-entry { border-bottom: 0.5pt solid #777; padding: 1.2mm 0 1.4mm; break-inside: avoid; }
.sv-sheet .sv-entry-head { font-size: 9.5pt; line-height: 1.2; }
.sv-sheet .sv-competency { display: inline-block; text-transform: uppercase; font-size: 7pt; font-weight: 700;
  letter-spacing: 0.04em; white-space: nowrap; border: 0.75pt solid #000; padding: 0 1mm; margin-right: 1.5mm;
  vertical-align: 1pt; line-height: 1.25; }
.sv-sheet .sv-title { font-weight: 700; }
.sv-sheet .sv-flag, .sv-sheet .sv-lens { font-size: 7.5pt; font-weight: 400; margin-left: 1.5mm; }
.sv-sheet .sv-flag { font-style: italic; }
.sv-sheet .sv-hook { font-style: italic; }
.sv-sheet .sv-metric { font-style: normal; font-weight: 700; }
.sv-sheet .sv-star { list-style: none; }
.sv-sheet .sv-star li, .sv-sheet .sv-learning { display: flex; gap: 1.2mm; }
.sv-sheet .sv-star li > b, .sv-sheet .sv-learning > b { flex: none; width: 3mm; }
.sv-sheet .sv-star li > span, .sv-sheet .sv-learning > span { flex: 1; min-width: 0; }
.sv-sheet .sv-missing .sv-hook { font-style: normal; font-weight: 700; }
.sv-sheet .sv-prep { display: grid; grid-template-columns: 1.15fr 1.6fr; gap: 4mm; margin-top: 1.5mm; break-inside: avoid;
  font-size: 8.5pt; line-height: 1.15; }
.sv-sheet .sv-prep h2 { font-size: 8pt; text-transform: uppercase; letter-spacing: 0.04em; margin-bottom: 0.6mm; }
.sv-sheet .sv-prep ul, .sv-sheet .sv-prep ol { padding-left: 4mm; }
.sv-sheet .sv-checklist { list-style: '☐ '; }
.sv-sheet .sv-footer { margin-top: 2mm; font-size: 7pt; }
${layout === 'one-page' ? onePageCss() : detailedCss(slot)}
@media print {
  .sv-sheet { width: auto; min-height: 0; padding: 0; margin: 0; }
}
`
}

/**
 * Lines wrap and are never cut: the sheet holds whole sentences chosen to fit (build.ts), and the PDF
 * printer scales the sheet to fill exactly one page whatever the fonts (main/pdf/fit-page.ts).
 */
function onePageCss(): string {
  return `
.sv-sheet .sv-entry { padding: 0.9mm 0 1mm; }
.sv-sheet.sv-compact .sv-learning { display: none; }
/* Company names for each area take a line per story here; the detailed layout shows them. */
.sv-sheet .sv-lens, .sv-sheet .sv-scope { display: none; }
.sv-sheet .sv-flag { white-space: nowrap; }
`
}

function detailedCss(slotMm: number): string {
  return `
.sv-sheet .sv-header { height: 14mm; margin-bottom: 2mm; align-items: flex-end; }
.sv-sheet .sv-scope { font-size: 8.5pt; font-style: italic; }
.sv-sheet .sv-entry, .sv-sheet .sv-prep { height: ${slotMm}mm; overflow: hidden; border-bottom: 0.5pt solid #777;
  padding: 3mm 0; margin: 0; }
.sv-sheet .sv-prep { grid-template-columns: 1fr; align-content: start; border-bottom: 0; }
.sv-sheet.sv-detailed { font-size: 10pt; }
.sv-sheet .sv-entry-head { font-size: 11.5pt; margin-bottom: 1.5mm; }
.sv-sheet .sv-hook { font-size: 10.5pt; margin-bottom: 1.5mm; }
.sv-sheet .sv-star li { margin-bottom: 1.2mm; }
.sv-sheet .sv-star li > b, .sv-sheet .sv-learning > b { width: 4mm; }
.sv-sheet .sv-learning, .sv-sheet .sv-scope { margin-top: 1.5mm; }
`
}
