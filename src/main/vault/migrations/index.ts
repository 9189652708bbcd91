import { CURRENT_SCHEMA_VERSION } from '../../../shared/vault/document'
import { versionedDocument } from './001-versioned-document'
import { practiceAndRecentlyDeleted } from './002-practice-and-recently-deleted'
import { interviewLoops } from './003-interview-loops'
import type { Migration, MigrationContext } from './types'

/** Every migration, in order. Migration N turns version N-1 into version N. */
export const MIGRATIONS: readonly Migration[] = [
  versionedDocument,
  practiceAndRecentlyDeleted,
  interviewLoops,
]

export type { Migration, MigrationContext } from './types'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A pre-release story: an object with a title. */
function isStoryLike(value: unknown): boolean {
  return isRecord(value) && typeof value.title === 'string'
}

/**
 * Whether parsed JSON looks like any Story Vault format: an object with a `stories` list (versioned),
 * or — pre-release — a bare list of stories or an object whose `stories` list holds stories. Anything
 * else (a package.json, another app's settings) is someone else's file and must be left alone.
 */
export function looksLikeVault(raw: unknown): boolean {
  if (Array.isArray(raw)) return raw.every(isStoryLike)
  if (!isRecord(raw) || !Array.isArray(raw.stories)) return false
  return 'schemaVersion' in raw || raw.stories.every(isStoryLike)
}

/**
 * The schema version a parsed file claims: 0 for the pre-release shapes (a bare list of stories, or an
 * object with a list of stories and no schemaVersion), null when the file is not a vault or its version
 * field makes no sense.
 */
export function detectSchemaVersion(raw: unknown): number | null {
  if (!looksLikeVault(raw)) return null
  if (Array.isArray(raw) || !('schemaVersion' in (raw as object))) return 0
  const version = (raw as { schemaVersion: unknown }).schemaVersion
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : null
}

/** Runs the migrations after `fromVersion` up to the current version. */
export function migrateToCurrent(raw: unknown, fromVersion: number, context: MigrationContext): unknown {
  let doc = raw
  for (const migration of MIGRATIONS) {
    if (migration.version > fromVersion && migration.version <= CURRENT_SCHEMA_VERSION) {
      doc = migration.migrate(doc, context)
    }
  }
  return doc
}
