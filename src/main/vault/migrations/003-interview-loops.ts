import type { Migration } from './types'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Version 3 keeps interview loops (companies, rounds, plans and round logs). A version-2 file has none. */
export const interviewLoops: Migration = {
  version: 3,
  description: 'Add interview loops: rounds, the stories planned for them and what each round asked.',
  migrate(doc) {
    const source = isRecord(doc) ? doc : {}
    return { ...source, schemaVersion: 3, loops: Array.isArray(source.loops) ? source.loops : [] }
  },
}
