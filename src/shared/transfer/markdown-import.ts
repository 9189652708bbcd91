import { splitFrontMatter } from './front-matter'
import { addRecord, type RawRecord } from './coerce'
import { BUNDLE_SEPARATOR, unescapeMarkdownLine } from './escape'
import { fieldForHeader, TEXT_FIELDS } from './fields'
import { emptyOutcome, mergeOutcomes, type ParseOutcome } from './types'

type SectionField = (typeof TEXT_FIELDS)[number] | 'metrics'

/** Front-matter keys that editors such as Obsidian add; dropped without a warning. */
const QUIET_KEYS = new Set([
  'aliases',
  'alias',
  'cssclass',
  'cssclasses',
  'publish',
  'permalink',
  'updated',
  'updatedat',
])
const HEADING = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/
const LABEL = /^\s*(?:\*\*|__)?([A-Za-z][A-Za-z ]{0,24}?)\s*(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?[ \t]*(.*)$/
const PROPERTY = /^([^:\n#*>-][^:\n]{0,40}):[ \t]+(.*)$/
/** Notion appends a 32-hex id to every exported page name. */
const NOTION_SUFFIX = /\s+[0-9a-f]{32}$/i

function sectionField(label: string): SectionField | null {
  const field = fieldForHeader(label.replace(/\*\*|__/g, '').replace(/[:：]\s*$/, ''))
  return field && (TEXT_FIELDS.includes(field as never) || field === 'metrics')
    ? (field as SectionField)
    : null
}

export function isNotionFileName(name: string): boolean {
  return NOTION_SUFFIX.test(baseName(name))
}

function baseName(name: string): string {
  return (name.split(/[\\/]/).pop() ?? name).replace(/\.(md|markdown|txt)$/i, '')
}

export function titleFromFileName(name: string): string {
  return baseName(name).replace(NOTION_SUFFIX, '').trim()
}

interface Sections {
  h1: string | null
  preamble: string[]
  sections: Map<SectionField, string[]>
}

function readSections(lines: string[], byLabel: boolean): Sections {
  const out: Sections = { h1: null, preamble: [], sections: new Map() }
  let current: string[] = out.preamble
  for (const line of lines) {
    const heading = byLabel ? null : HEADING.exec(line)
    if (heading) {
      const field = sectionField(heading[2] ?? '')
      if (field) {
        current = out.sections.get(field) ?? []
        if (current.length) current.push('')
        out.sections.set(field, current)
        continue
      }
      const blankSoFar = out.sections.size === 0 && out.preamble.every((l) => !l.trim())
      if (heading[1] === '#' && out.h1 === null && blankSoFar) {
        out.h1 = heading[2] ?? ''
        continue
      }
    }
    const label = byLabel ? LABEL.exec(line) : null
    const labelField = label ? sectionField(label[1] ?? '') : null
    if (label && labelField) {
      current = out.sections.get(labelField) ?? []
      out.sections.set(labelField, current)
      if (label[2]) current.push(label[2])
      continue
    }
    current.push(unescapeMarkdownLine(line))
  }
  return out
}

/** Notion's "Key: value" lines right under the title, when they name at least one story field. */
function takeProperties(preamble: string[], raw: RawRecord, warnings: string[], label: string): string[] {
  let start = 0
  while (start < preamble.length && !preamble[start]?.trim()) start++
  let end = start
  const found: Array<[string, string]> = []
  while (end < preamble.length) {
    const match = PROPERTY.exec(preamble[end] ?? '')
    if (!match) break
    found.push([match[1]?.trim() ?? '', match[2] ?? ''])
    end++
  }
  if (!found.some(([key]) => fieldForHeader(key))) return preamble
  const ignored: string[] = []
  for (const [key, value] of found) {
    const field = fieldForHeader(key)
    if (field && raw[field] === undefined) raw[field] = value
    else if (!field) ignored.push(key)
  }
  if (ignored.length)
    warnings.push(`${label}: properties ignored: ${ignored.map((k) => `"${k}"`).join(', ')}.`)
  return preamble.slice(end)
}

function parseNote(text: string, label: string, fileName: string): ParseOutcome {
  const outcome = emptyOutcome()
  if (!text.trim()) {
    outcome.warnings.push(`${label}: empty, skipped.`)
    return outcome
  }
  const { data, body, error } = splitFrontMatter(text.replace(/^\n+/, ''))
  if (error) {
    outcome.errors.push({ record: label, title: '', field: 'front matter', message: error })
    return outcome
  }
  const raw: RawRecord = {}
  const unknown: string[] = []
  for (const [key, value] of Object.entries(data ?? {})) {
    const field = fieldForHeader(key)
    if (field && raw[field] === undefined) raw[field] = value
    else if (!field && !QUIET_KEYS.has(key.toLowerCase())) unknown.push(key)
  }
  if (unknown.length)
    outcome.warnings.push(`${label}: unknown keys ignored: ${unknown.map((k) => `"${k}"`).join(', ')}.`)

  const lines = body.split('\n')
  let parts = readSections(lines, false)
  if (parts.sections.size === 0) {
    const h1 = parts.h1
    parts = readSections(h1 === null ? lines : lines.slice(lines.findIndex((l) => HEADING.test(l)) + 1), true)
    parts.h1 = h1
  }
  let preamble = parts.preamble
  if (!data) preamble = takeProperties(preamble, raw, outcome.warnings, label)

  for (const [field, sectionLines] of parts.sections) {
    if (field === 'metrics') {
      const items = sectionLines.map((l) => l.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').trim()).filter(Boolean)
      const before = Array.isArray(raw.metrics)
        ? raw.metrics
        : typeof raw.metrics === 'string'
          ? [raw.metrics]
          : []
      raw.metrics = [...before, ...items]
    } else if (raw[field] === undefined || raw[field] === '') {
      raw[field] = sectionLines.join('\n').trim()
    }
  }
  const intro = preamble.join('\n').trim()
  if (intro) {
    const situation = typeof raw.situation === 'string' ? raw.situation : ''
    raw.situation = situation ? `${intro}\n\n${situation}` : intro
    outcome.warnings.push(
      parts.sections.size
        ? `${label}: text before the first section heading was added to Situation.`
        : `${label}: no Situation/Task/Action/Result headings; the text was put in Situation.`,
    )
  }
  if (raw.title === undefined || raw.title === null || raw.title === '') {
    raw.title = parts.h1?.trim() || titleFromFileName(fileName)
  }
  addRecord(outcome, raw, label)
  return outcome
}

/**
 * One Markdown note (Obsidian, Notion export, our own export) or a bundle of notes separated by
 * BUNDLE_SEPARATOR lines. Section text is trimmed at both ends and line endings become "\n".
 */
export function parseMarkdownStories(text: string, fileName = 'note.md'): ParseOutcome {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const chunks = normalized.split(new RegExp(`^${BUNDLE_SEPARATOR}[ \\t]*$`, 'm'))
  const notes = chunks.length > 1 ? chunks.filter((chunk) => chunk.trim()) : chunks
  return mergeOutcomes(
    notes.map((chunk, index) =>
      parseNote(chunk, notes.length > 1 ? `${fileName} (story ${index + 1})` : fileName, fileName),
    ),
  )
}
