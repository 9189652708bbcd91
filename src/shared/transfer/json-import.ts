import { StorySchema } from '../story/schema'
import { CURRENT_SCHEMA_VERSION } from '../vault/document'
import { addRecord, type RawRecord } from './coerce'
import { fieldForHeader, labelOfKey } from './fields'
import { emptyOutcome, type ParseOutcome } from './types'

type JsonObject = Record<string, unknown>

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Our own backup or `export --format json` output: a vault document. */
export function isVaultDocumentLike(value: unknown): value is JsonObject & { stories: unknown[] } {
  return isObject(value) && 'schemaVersion' in value && Array.isArray(value.stories)
}

function titleOf(value: unknown): string {
  return isObject(value) && typeof value.title === 'string' ? value.title.trim() : ''
}

/** Stories from a vault document, checked exactly as the vault itself checks them. */
function fromBackup(doc: JsonObject & { stories: unknown[] }): ParseOutcome {
  const outcome = emptyOutcome()
  const version = doc.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version > CURRENT_SCHEMA_VERSION) {
    outcome.errors.push({
      record: 'The file',
      title: '',
      field: 'schemaVersion',
      message:
        typeof version === 'number' && version > CURRENT_SCHEMA_VERSION
          ? 'was written by a newer Story Vault. Update the app to import it.'
          : `must be a whole number up to ${CURRENT_SCHEMA_VERSION}.`,
    })
    return outcome
  }
  if (version < CURRENT_SCHEMA_VERSION) {
    // Stories have kept their shape so far; each is still checked against today's schema below.
    outcome.warnings.push(
      `This backup is from an older Story Vault (format ${version}); its stories were checked one by one.`,
    )
  }
  const practised = [doc.ownQuestions, (doc.practice as JsonObject | undefined)?.history].some(
    (list) => Array.isArray(list) && list.length > 0,
  )
  if (practised) {
    // Links travel inside each story (its questions); the rest of a backup belongs to that vault.
    outcome.warnings.push(
      'The stories and their linked questions were read; this backup’s own questions and practice history are not imported. Restore it as a backup to get those back.',
    )
  }
  doc.stories.forEach((raw, index) => {
    const record = `Record ${index + 1}`
    const parsed = StorySchema.safeParse(raw)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = labelOfKey(String(issue.path[0] ?? ''))
        outcome.errors.push({ record, title: titleOf(raw), field, message: issue.message })
      }
      return
    }
    const { updatedAt: _updatedAt, ...story } = parsed.data
    outcome.stories.push(story)
    outcome.labels.push(record)
  })
  return outcome
}

/** A list of plain objects, keys like the story fields (or common spreadsheet headers). */
function fromRecords(records: unknown[]): ParseOutcome {
  const outcome = emptyOutcome()
  const unknownKeys = new Map<string, number[]>()
  records.forEach((value, index) => {
    const record = `Record ${index + 1}`
    if (!isObject(value)) {
      outcome.errors.push({
        record,
        title: '',
        field: '',
        message: 'must be an object with at least a title',
      })
      return
    }
    const raw: RawRecord = {}
    for (const [key, fieldValue] of Object.entries(value)) {
      const field = fieldForHeader(key)
      if (field && !(field in raw)) raw[field] = fieldValue
      else if (!field) unknownKeys.set(key, [...(unknownKeys.get(key) ?? []), index + 1])
    }
    addRecord(outcome, raw, record)
  })
  for (const [key, where] of unknownKeys) {
    const list = where.length > 5 ? `${where.slice(0, 5).join(', ')}…` : where.join(', ')
    outcome.warnings.push(`Unknown key "${key.slice(0, 60)}" was ignored (record ${list}).`)
  }
  return outcome
}

export function parseJsonStories(text: string, fileName = 'The file'): ParseOutcome {
  let value: unknown
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    const outcome = emptyOutcome()
    const detail = error instanceof Error ? error.message : 'unreadable'
    outcome.errors.push({ record: fileName, title: '', field: '', message: `is not valid JSON (${detail}).` })
    return outcome
  }
  if (isVaultDocumentLike(value)) return fromBackup(value)
  if (Array.isArray(value)) return fromRecords(value)
  if (isObject(value) && Array.isArray(value.stories)) return fromRecords(value.stories)
  if (isObject(value)) return fromRecords([value])
  const outcome = emptyOutcome()
  outcome.errors.push({
    record: fileName,
    title: '',
    field: '',
    message: 'must hold a list of stories (an array of objects) or a Story Vault backup.',
  })
  return outcome
}
