import Papa from 'papaparse'

const HEADER = /^(questions?|text|prompt)$/i

/**
 * The questions of an imported file, one per line. A .csv file may quote questions that hold commas
 * or line breaks: its first non-empty cell per row is the question, and a "Question" header is dropped.
 */
export function questionLinesFromFile(name: string, text: string): string {
  const clean = text.replace(/^\uFEFF/, '')
  if (!/\.csv$/i.test(name)) return clean
  const rows = Papa.parse<string[]>(clean, { skipEmptyLines: true }).data
  const lines = rows
    .map((row) => (row.find((cell) => cell.trim() !== '') ?? '').replace(/\s*\r?\n\s*/g, ' ').trim())
    .filter(Boolean)
  if (lines[0] && HEADER.test(lines[0])) lines.shift()
  return lines.join('\n')
}
