import type { Migration } from './types'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Pre-release builds saved either a bare array of stories or an object without `schemaVersion`,
 * and some stories had no id or timestamps yet. Nothing is dropped: unknown story fields are left
 * for the schema to ignore, missing ids and times are filled in.
 */
export const versionedDocument: Migration = {
  version: 1,
  description: 'Wrap pre-release vaults in a versioned document and give every story an id and times.',
  migrate(doc, { now, newId }) {
    const source: Record<string, unknown> = Array.isArray(doc) ? { stories: doc } : isRecord(doc) ? doc : {}
    const stamp = now.toISOString()
    const rawStories = Array.isArray(source.stories) ? source.stories : []
    const stories = rawStories.map((story: unknown) => {
      if (!isRecord(story)) return story
      const createdAt = typeof story.createdAt === 'string' ? story.createdAt : stamp
      return {
        ...story,
        id: typeof story.id === 'string' && story.id ? story.id : newId(),
        createdAt,
        updatedAt: typeof story.updatedAt === 'string' ? story.updatedAt : createdAt,
      }
    })
    return {
      ...source,
      schemaVersion: 1,
      // Someone who already wrote stories has no use for the welcome screen.
      onboarded: typeof source.onboarded === 'boolean' ? source.onboarded : stories.length > 0,
      stories,
    }
  },
}
