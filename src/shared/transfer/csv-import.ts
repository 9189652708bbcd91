import Papa from 'papaparse'
import { addRecord, splitList, type RawRecord } from './coerce'
import { restoreFormula } from './escape'
import { fieldForHeader, isMappingTarget, matchCompetency, TEXT_FIELDS, type MappingTarget } from './fields'
import { emptyOutcome, type ParseOutcome } from './types'

export interface ColumnGuess {
  index: number
  header: string
  target: MappingTarget
  /** The first few non-empty cells, for the mapping preview. */
  samples: string[]
  /**
   * The spreadsheet row where a quote mark that never closes runs the rest of the file together:
   * samples come only from the rows above it (the cells from there on are not cells).
   */
  brokenAtRow?: number
}

export interface Table {
  headers: string[]
  rows: string[][]
}

/** Cells that mark a story in a competency-matrix column. */
const MARKS = new Set(['x', '✓', '✔', '☑', '✅', 'yes', 'y', '1', 'true', '●', '•', '*', '+'])
/** Cells that explicitly say "no" in a matrix column. */
const NOT_MARKS = new Set(['', 'no', 'n', '0', 'false', '-', '–', '—', '✗', '✘', '☐', 'none', 'n/a'])

export function isMark(cell: string): boolean {
  return MARKS.has(cell.trim().toLowerCase())
}

const DELIMITERS = [',', ';', '\t', '|'] as const

/**
 * The separator the header row uses most (comma on a tie or when there is one column). Headers
 * rarely contain separators, while story text often does, so the header is the reliable witness.
 */
export function guessDelimiter(text: string): string {
  const header = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '')
  let best: string = ','
  let bestCount = 0
  for (const delimiter of DELIMITERS) {
    const count = header.split(delimiter).length - 1
    if (count > bestCount) [best, bestCount] = [delimiter, count]
  }
  return best
}

/** What went wrong in plain words, for papaparse's error codes; its own messages are for programmers. */
const PLAIN_MESSAGES: Record<string, string> = {
  MissingQuotes:
    'a cell starts with a quote mark (") that never closes, so everything after it would run together into one cell. Add the closing quote, or remove the opening one.',
  InvalidQuotes:
    'a quoted cell has a stray quote mark (") inside it. Inside a quoted cell, write a quote mark twice ("") — or remove it.',
}

/** Where a person finds the problem: the row as a spreadsheet numbers it, and the line in a text editor. */
function locate(text: string, error: Papa.ParseError): string {
  const row = `Row ${(error.row ?? 0) + 1}`
  if (error.index === undefined) return row
  const line = text.slice(0, error.index).split('\n').length
  return line === (error.row ?? 0) + 1 ? row : `${row} (line ${line} of the file)`
}

export function readTable(
  text: string,
  delimiter?: '\t' | ',',
): { table: Table; problems: string[]; unreadable: boolean; brokenAtRow?: number } {
  const clean = text.replace(/^\uFEFF/, '')
  const parsed = Papa.parse<string[]>(clean, {
    delimiter: delimiter ?? guessDelimiter(clean),
    skipEmptyLines: 'greedy',
  })
  const quotes = parsed.errors.filter((e) => e.type === 'Quotes')
  const problems = [
    ...new Set(quotes.map((e) => `${locate(clean, e)}: ${PLAIN_MESSAGES[e.code] ?? `${e.message}.`}`)),
  ]
  const [headers = [], ...rows] = parsed.data
  // An unclosed quote swallows the rest of the file into one cell: the rows after it are not rows.
  const unclosed = quotes.find((e) => e.code === 'MissingQuotes')
  const table = { headers: headers.map((h) => restoreFormula(h).trim()), rows }
  if (!unclosed) return { table, problems, unreadable: false }
  return { table, problems, unreadable: true, brokenAtRow: (unclosed.row ?? 0) + 1 }
}

function columnCells(table: Table, index: number): string[] {
  return table.rows.map((row) => (row[index] ?? '').trim()).filter(Boolean)
}

/** The mapping a person most likely means; they can change it in the import dialog. */
export function guessMapping(table: Table): ColumnGuess[] {
  const taken = new Set<string>()
  return table.headers.map((header, index) => {
    const cells = columnCells(table, index)
    const samples = cells.slice(0, 3).map((c) => restoreFormula(c).slice(0, 80))
    const field = fieldForHeader(header)
    let target: MappingTarget = 'ignore'
    if (field && (!taken.has(field) || TEXT_FIELDS.includes(field as never))) target = field
    else if (!field && header) {
      const competency = matchCompetency(header)
      // Matrix cells are marks or a short word ("P", "primary"); numbers or prose mean another kind of column.
      const markLike = cells.every(
        (c) => isMark(c) || NOT_MARKS.has(c.toLowerCase()) || /^\p{L}{1,10}$/u.test(c),
      )
      if (competency && markLike) target = `competency:${competency}`
      else if (cells.length > 0 && cells.every(isMark)) target = 'tag'
    }
    taken.add(target)
    return { index, header, target, samples }
  })
}

/**
 * The mapping of a file an unclosed quote breaks at `row` (as a spreadsheet numbers rows; the header is
 * row 1): read from the rows above it only, so the preview never shows the swallowed rest of the file.
 * When the header row itself is broken there are no columns to show.
 */
function brokenMapping(table: Table, row: number): ColumnGuess[] {
  if (row <= 1) return []
  const above = guessMapping({ headers: table.headers, rows: table.rows.slice(0, row - 2) })
  return above.map((column) => ({ ...column, brokenAtRow: row }))
}

function appendTo(raw: RawRecord, field: keyof RawRecord, value: string, joiner: string): void {
  const before = raw[field]
  raw[field] = typeof before === 'string' && before ? `${before}${joiner}${value}` : value
}

function rowToRecord(row: string[], columns: ColumnGuess[]): RawRecord {
  const raw: RawRecord = {}
  const competencies: string[] = []
  const tags: string[] = []
  for (const column of columns) {
    const cell = restoreFormula(row[column.index] ?? '')
    const { target } = column
    const isText = TEXT_FIELDS.includes(target as never)
    // Text is kept exactly, even when it is only spaces; other cells count as empty when blank.
    const exact = isText || target === 'company' || target === 'role' || target === 'shortVersion'
    if (target === 'ignore' || (exact ? cell === '' : !cell.trim())) continue
    if (target.startsWith('competency:')) {
      if (!NOT_MARKS.has(cell.trim().toLowerCase())) competencies.push(target.slice('competency:'.length))
    } else if (target === 'tag') {
      if (isMark(cell)) tags.push(column.header)
    } else if (target === 'competencies') {
      competencies.push(...splitList(cell, /[,;|]/))
    } else if (target === 'tags') {
      tags.push(...splitList(cell, /[,;]/))
    } else if (target === 'metrics') {
      appendTo(raw, target, cell, '\n')
    } else if (isText || target === 'title') {
      appendTo(raw, target as keyof RawRecord, cell, '\n\n')
    } else if (!(target in raw)) {
      raw[target as keyof RawRecord] = cell
    }
  }
  if (competencies.length) raw.competencies = competencies
  if (tags.length) raw.tags = tags
  return raw
}

export interface CsvOptions {
  delimiter?: '\t' | ','
  /** Overrides from the import dialog, one per column (same order as the header row). */
  mapping?: readonly string[]
  fileName?: string
}

export function parseCsvStories(
  text: string,
  options: CsvOptions = {},
): ParseOutcome & { columns: ColumnGuess[] } {
  const outcome = emptyOutcome()
  const { table, problems, unreadable, brokenAtRow } = readTable(text, options.delimiter)
  const guessed = brokenAtRow === undefined ? guessMapping(table) : brokenMapping(table, brokenAtRow)
  const columns = guessed.map((column, i) => {
    const override = options.mapping?.[i]
    return override && isMappingTarget(override) ? { ...column, target: override } : column
  })
  const where = options.fileName ?? 'The file'
  for (const problem of problems)
    outcome.errors.push({ record: where, title: '', field: '', message: problem })
  if (unreadable) {
    // Reading on would offer the swallowed rest of the file as one story's text: refuse the file instead.
    outcome.errors.push({
      record: where,
      title: '',
      field: '',
      message:
        'could not be read as a table, so nothing in it was imported. Fix the quote mark above and try again.',
    })
    return { ...outcome, columns }
  }
  if (table.headers.length === 0) {
    outcome.errors.push({ record: where, title: '', field: '', message: 'is empty.' })
    return { ...outcome, columns }
  }
  if (!columns.some((c) => c.target === 'title')) {
    outcome.errors.push({
      record: where,
      title: '',
      field: 'Title',
      message: 'no column holds the story titles. Name one "Title" or "Story", or choose it in the mapping.',
    })
    return { ...outcome, columns }
  }
  const ignored = columns.filter((c) => c.target === 'ignore' && c.header)
  if (ignored.length)
    outcome.warnings.push(`Columns ignored: ${ignored.map((c) => `"${c.header.slice(0, 40)}"`).join(', ')}.`)
  table.rows.forEach((row, index) => {
    // Row numbers as a spreadsheet shows them: the header is row 1.
    const record = `Row ${index + 2}`
    addRecord(outcome, rowToRecord(row, columns), record)
  })
  return { ...outcome, columns }
}
