export interface MigrationContext {
  now: Date
  newId: () => string
}

/** Turns a document of schema version `version - 1` into one of version `version`. */
export interface Migration {
  version: number
  description: string
  migrate(doc: unknown, context: MigrationContext): unknown
}
