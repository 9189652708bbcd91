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

/**
 * The schema version a parsed file claims: 0 for the pre-release shapes (a bare array, or an object
 * without schemaVersion), null when the version field is there but makes no sense.
 */
export function detectSchemaVersion(raw: unknown): number | null {
  if (Array.isArray(raw)) return 0
  if (typeof raw !== 'object' || raw === null) return null
  if (!('schemaVersion' in raw)) return 0
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
