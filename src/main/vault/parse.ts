import { randomUUID } from 'node:crypto'
import { CheatSheetSchema, type CheatSheet } from '../../shared/cheatsheet/schema'
import { SettingsSchema, StorySchema, type Story } from '../../shared/story/schema'
import { formatIssues } from '../../shared/story/format-issues'
import { OwnQuestionSchema, PracticeSchema, type OwnQuestion } from '../../shared/practice/schema'
import { parseVaultDocument } from '../../shared/vault/parse-document'
import {
  CURRENT_SCHEMA_VERSION,
  DeletedStorySchema,
  emptyVault,
  type DeletedStory,
  type VaultDocument,
} from '../../shared/vault/document'
import { detectSchemaVersion, looksLikeVault, migrateToCurrent } from './migrations'

export type ParsedVault =
  | { kind: 'ok'; doc: VaultDocument; migratedFrom?: number }
  /** Written by a newer Story Vault: what could be read, to show but never write. */
  | { kind: 'newer'; doc: VaultDocument; version: number }
  /** A vault damaged beyond reading (cut off, zeroed, broken structure): set aside, never overwritten. */
  | { kind: 'corrupt'; reason: string }
  /** Not any Story Vault format (another program's file): refused and left exactly as it is. */
  | { kind: 'foreign'; reason: string }

export interface ParseContext {
  now?: Date
  newId?: () => string
}

function looksTruncated(text: string, error: unknown): boolean {
  const message = error instanceof Error ? error.message : ''
  const start = text[text.search(/\S/)]
  return (start === '{' || start === '[') && /end of (JSON|data)|Unterminated|Unexpected end/i.test(message)
}

/** Reads a vault file's text into a current document, saying in plain words why when it cannot. */
export function parseVaultText(text: string, context: ParseContext = {}): ParsedVault {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  // Only the first character is looked at on the happy path: these files can be tens of megabytes.
  const first = body.search(/\S/)
  if (first === -1) return { kind: 'corrupt', reason: 'The vault file was empty.' }
  if (body[first] === '\0' && /^[\0\s]*$/.test(body)) {
    return {
      kind: 'corrupt',
      reason:
        'The vault file held only zero bytes, which usually means the computer lost power while it was being saved.',
    }
  }
  let raw: unknown
  try {
    raw = JSON.parse(body)
  } catch (error) {
    if (looksTruncated(body, error)) {
      return { kind: 'corrupt', reason: 'The vault file was cut off part-way through, so it is incomplete.' }
    }
    // Damaged JSON that names our fields is a vault gone wrong; any other text is someone else's file.
    if (!mentionsVaultFields(body)) return foreign()
    return { kind: 'corrupt', reason: 'The vault file is not in a format Story Vault can read.' }
  }
  if (!looksLikeVault(raw)) return foreign()
  const version = detectSchemaVersion(raw)
  if (version === null) {
    return { kind: 'corrupt', reason: 'The vault file does not say which version of Story Vault wrote it.' }
  }
  if (version > CURRENT_SCHEMA_VERSION) return { kind: 'newer', doc: readLeniently(raw), version }

  const migrated =
    version < CURRENT_SCHEMA_VERSION
      ? migrateToCurrent(raw, version, {
          now: context.now ?? new Date(),
          newId: context.newId ?? randomUUID,
        })
      : raw
  const parsed = parseVaultDocument(migrated)
  if (!parsed.success) {
    const first = formatIssues(parsed.error)[0] ?? 'unknown problem'
    return {
      kind: 'corrupt',
      reason: `The vault file does not have the structure Story Vault expects (first problem: ${first}).`,
    }
  }
  return version < CURRENT_SCHEMA_VERSION
    ? { kind: 'ok', doc: parsed.data, migratedFrom: version }
    : { kind: 'ok', doc: parsed.data }
}

function mentionsVaultFields(text: string): boolean {
  const start = text.slice(0, 64 * 1024)
  return start.includes('"stories"') || start.includes('"schemaVersion"')
}

function foreign(): ParsedVault {
  return {
    kind: 'foreign',
    reason:
      'It does not look like any Story Vault format (a vault holds a list of stories), so Story Vault left it exactly as it was.',
  }
}

/** Whatever a newer file holds that this version understands; the rest is left alone on disk. */
function readLeniently(raw: unknown): VaultDocument {
  const source = raw as Record<string, unknown>
  const doc = emptyVault()
  doc.onboarded = source.onboarded === true
  const settings = SettingsSchema.safeParse(source.settings ?? {})
  if (settings.success) doc.settings = settings.data
  doc.stories = parseEach(source.stories, (item) => StorySchema.safeParse(item)) as Story[]
  doc.sheets = parseEach(source.sheets, (item) => CheatSheetSchema.safeParse(item)) as CheatSheet[]
  doc.trash = parseEach(source.trash, (item) => DeletedStorySchema.safeParse(item)) as DeletedStory[]
  doc.ownQuestions = parseEach(source.ownQuestions, (item) =>
    OwnQuestionSchema.safeParse(item),
  ) as OwnQuestion[]
  const practice = PracticeSchema.safeParse(source.practice ?? {})
  if (practice.success) doc.practice = practice.data
  return doc
}

function parseEach(list: unknown, parse: (item: unknown) => { success: boolean; data?: unknown }): unknown[] {
  if (!Array.isArray(list)) return []
  return list.flatMap((item) => {
    const result = parse(item)
    return result.success ? [result.data] : []
  })
}
