import { LIMITS } from '../story/limits'
import { parseCsvStories, type ColumnGuess } from './csv-import'
import { parseJsonStories } from './json-import'
import { isNotionFileName, parseMarkdownStories } from './markdown-import'
import { emptyOutcome, mergeOutcomes, type ImportFormat, type ParseOutcome, type TextFile } from './types'

export interface FileReport {
  name: string
  format: ImportFormat
  stories: number
  /** For CSV and TSV: how each column is read. */
  columns?: ColumnGuess[]
}

export interface ParsedImport extends ParseOutcome {
  files: FileReport[]
}

export interface ImportOptions {
  /** Column mapping overrides from the import dialog, by file name. */
  mappings?: Readonly<Record<string, readonly string[]>>
}

const EXTENSION = /\.([a-z0-9]+)$/i
const SPREADSHEET_BINARIES = new Set(['xlsx', 'xls', 'ods', 'numbers'])

function sniff(text: string): 'json' | 'markdown' | 'tsv' | 'csv' {
  const start = text.replace(/^\uFEFF/, '').trimStart()
  if (start.startsWith('{') || start.startsWith('[')) return 'json'
  if (start.startsWith('---') || start.startsWith('#')) return 'markdown'
  const firstLine = start.split('\n', 1)[0] ?? ''
  return firstLine.includes('\t') ? 'tsv' : 'csv'
}

/** The format a file is read as: by extension, else by its first characters. null = not importable. */
export function detectFormat(file: TextFile): ImportFormat | null {
  const ext = EXTENSION.exec(file.name)?.[1]?.toLowerCase() ?? ''
  let kind: 'json' | 'markdown' | 'tsv' | 'csv'
  if (ext === 'json') kind = 'json'
  else if (ext === 'csv') kind = 'csv'
  else if (ext === 'tsv' || ext === 'tab') kind = 'tsv'
  else if (ext === 'md' || ext === 'markdown') kind = 'markdown'
  else if (ext === 'txt' || ext === '' || !EXTENSION.test(file.name)) kind = sniff(file.text)
  else return null
  if (kind === 'json') return /"schemaVersion"/.test(file.text.slice(0, 4096)) ? 'json-backup' : 'json'
  if (kind === 'markdown' && isNotionFileName(file.name)) return 'notion'
  return kind
}

export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length
}

function tooLarge(bytes: number): ParsedImport {
  const outcome = emptyOutcome()
  const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`
  outcome.errors.push({
    record: 'The import',
    title: '',
    field: '',
    message: `is ${mb(bytes)}; Story Vault imports at most ${mb(LIMITS.importBytes)} at once. Split it into smaller files.`,
  })
  return { ...outcome, files: [] }
}

function parseOne(
  file: TextFile,
  format: ImportFormat,
  options: ImportOptions,
): ParseOutcome & { columns?: ColumnGuess[] } {
  switch (format) {
    case 'json':
    case 'json-backup':
      return parseJsonStories(file.text, file.name)
    case 'csv':
    case 'tsv':
      return parseCsvStories(file.text, {
        delimiter: format === 'tsv' ? '\t' : undefined,
        mapping: options.mappings?.[file.name],
        fileName: file.name,
      })
    case 'markdown':
    case 'notion':
      return parseMarkdownStories(file.text, file.name)
  }
}

/** Reads every file of an import (one file or a folder's worth). Pure: nothing is saved here. */
export function parseImportFiles(files: readonly TextFile[], options: ImportOptions = {}): ParsedImport {
  const bytes = files.reduce((sum, file) => sum + utf8Bytes(file.text), 0)
  if (bytes > LIMITS.importBytes) return tooLarge(bytes)
  const warnings: string[] = []
  const readable: Array<{ file: TextFile; format: ImportFormat }> = []
  for (const file of files) {
    const base = file.name.split(/[\\/]/).pop() ?? file.name
    if (base.startsWith('.')) continue
    const format = detectFormat(file)
    const ext = EXTENSION.exec(base)?.[1]?.toLowerCase() ?? ''
    if (format) readable.push({ file, format })
    else if (SPREADSHEET_BINARIES.has(ext))
      warnings.push(`${base}: save the spreadsheet as CSV first; it was skipped.`)
    else warnings.push(`${base}: not a JSON, CSV, TSV or Markdown file; it was skipped.`)
  }
  // Notion's "Markdown & CSV" export has the database as CSV and every row again as a page with its body.
  const hasNotionPages = readable.some((r) => r.format === 'notion')
  const chosen = readable.filter((r) => {
    const notionTable =
      hasNotionPages &&
      (r.format === 'csv' || r.format === 'tsv') &&
      isNotionFileName(r.file.name.replace(/\.(csv|tsv)$/i, ''))
    if (notionTable)
      warnings.push(
        `${r.file.name}: Notion's table was skipped; its pages hold the same stories with their text.`,
      )
    return !notionTable
  })
  if (chosen.length === 0) {
    const outcome = emptyOutcome()
    outcome.errors.push({
      record: 'The import',
      title: '',
      field: '',
      message: 'has no JSON, CSV, TSV or Markdown file to read.',
    })
    return { ...outcome, warnings, files: [] }
  }
  const reports: FileReport[] = []
  const outcomes = chosen.map(({ file, format }) => {
    const outcome = parseOne(file, format, options)
    const prefix = chosen.length > 1 ? `${file.name}: ` : ''
    const labelled: ParseOutcome = {
      ...outcome,
      labels: outcome.labels.map((l) => (l.startsWith(file.name) ? l : prefix + l)),
      errors: outcome.errors.map((e) =>
        e.record.startsWith(file.name) ? e : { ...e, record: prefix + e.record },
      ),
    }
    reports.push({
      name: file.name,
      format,
      stories: outcome.stories.length,
      ...(outcome.columns ? { columns: outcome.columns } : {}),
    })
    return labelled
  })
  const merged = mergeOutcomes(outcomes)
  return { ...merged, warnings: [...warnings, ...merged.warnings], files: reports }
}
