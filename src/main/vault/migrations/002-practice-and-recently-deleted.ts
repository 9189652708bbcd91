import type { Migration } from './types'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Version 2 keeps deleted stories ("Recently deleted"), the person's own questions and their practice
 * history, and gives stories a short version and linked questions. Every new field starts empty; nothing
 * of a version-1 file changes meaning.
 */
export const practiceAndRecentlyDeleted: Migration = {
  version: 2,
  description:
    'Add recently deleted stories, own questions, practice history, short versions and question links.',
  migrate(doc) {
    const source = isRecord(doc) ? doc : {}
    const stories = Array.isArray(source.stories)
      ? source.stories.map((story: unknown) =>
          isRecord(story)
            ? {
                ...story,
                shortVersion: typeof story.shortVersion === 'string' ? story.shortVersion : '',
                questions: Array.isArray(story.questions) ? story.questions : [],
              }
            : story,
        )
      : []
    return {
      ...source,
      schemaVersion: 2,
      stories,
      trash: Array.isArray(source.trash) ? source.trash : [],
      ownQuestions: Array.isArray(source.ownQuestions) ? source.ownQuestions : [],
      practice: isRecord(source.practice) ? source.practice : { cards: [], history: [] },
    }
  },
}
