import Papa from 'papaparse'
import { STORY_FIELDS } from '../story/fields'
import type { Story } from '../story/schema'
import { QUESTION_SEPARATOR } from './coerce'
import { neutraliseFormula } from './escape'
import { FIELD_LABELS, type ImportField } from './fields'

// Rejected competencies come after everything a person fills in by hand.
const COLUMNS: readonly ImportField[] = [
  ...STORY_FIELDS.filter((field) => field !== 'rejectedCompetencies'),
  'rejectedCompetencies',
  'id',
  'createdAt',
]

/**
 * A list in one cell: "a, b" when no item holds a separator, otherwise one item per line (with a
 * trailing line break for a single item, so the importer still reads it by line). Line breaks inside
 * an item become spaces: a list item is one line.
 */
export function joinList(items: readonly string[], separators: RegExp, inline: boolean): string {
  const lines = items.map((item) => item.replace(/\r\n|\r|\n/g, ' '))
  const hasSeparator = lines.some((line) => separators.test(line))
  if (inline && !hasSeparator) return lines.join(', ')
  return lines.length === 1 && hasSeparator ? `${lines[0]}\n` : lines.join('\n')
}

function cell(story: Story, field: ImportField): string {
  switch (field) {
    case 'tags':
      return joinList(story.tags, /[,;]/, true)
    case 'competencies':
    case 'rejectedCompetencies':
      return story[field].join(', ')
    case 'metrics':
      return joinList(story.metrics, /;/, false)
    case 'questions':
      return joinList(story.questions, QUESTION_SEPARATOR, false)
    default: {
      const value = story[field]
      return value === null || value === undefined ? '' : String(value)
    }
  }
}

/**
 * RFC 4180 CSV (CRLF rows, quoted where needed) with formula-looking cells neutralised. It starts with
 * a byte-order mark so Excel reads it as UTF-8; the importer skips it.
 */
export function exportCsv(stories: readonly Story[]): string {
  const header = COLUMNS.map((field) => FIELD_LABELS[field])
  const rows = stories.map((story) => COLUMNS.map((field) => neutraliseFormula(cell(story, field))))
  return `\uFEFF${Papa.unparse([header, ...rows], { newline: '\r\n', quotes: false })}\r\n`
}
