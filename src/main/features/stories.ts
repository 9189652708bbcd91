import type { Handlers } from '../../shared/contract'
import { AppFailure } from '../../shared/contract/result'
import type { Story, StoryFields } from '../../shared/story/schema'
import { moveToTrash } from '../../shared/story/trash'
import { storyFromFields } from './vault'
import type { Services } from './services'

type StoryHandlers = Pick<Handlers, 'stories:list' | 'stories:save' | 'stories:delete' | 'stories:restore'>

function notFound(id: string): AppFailure {
  return new AppFailure('not-found', `There is no story with id ${id}. It may have been deleted.`)
}

export function createStoryHandlers({ vault }: Services): StoryHandlers {
  return {
    'stories:list': () => vault.current().stories,

    'stories:save': async (draft) => {
      const { id, ...rest } = draft
      const fields: StoryFields = rest
      const now = new Date().toISOString()
      let saved: Story | undefined
      await vault.update((doc) => {
        if (id === undefined) {
          saved = storyFromFields(fields, now)
          return { ...doc, stories: [...doc.stories, saved] }
        }
        const existing = doc.stories.find((story) => story.id === id)
        if (!existing) throw notFound(id)
        saved = { ...fields, id, createdAt: existing.createdAt, updatedAt: now }
        const updated = saved
        return { ...doc, stories: doc.stories.map((story) => (story.id === id ? updated : story)) }
      })
      return findSaved(vault.current().stories, saved)
    },

    /** Moves the story to "Recently deleted" (kept 30 days), in the same write that removes it. */
    'stories:delete': async (id) => {
      let deleted: Story | undefined
      await vault.update((doc) => {
        const moved = moveToTrash(doc, id, new Date())
        if (!moved) throw notFound(id)
        deleted = moved.deleted
        return moved.doc
      })
      if (!deleted) throw notFound(id)
      return deleted
    },

    /** Undo of a delete (or an edit): the story comes back exactly as it was, in place if it still exists. */
    'stories:restore': async (story) => {
      await vault.update((doc) => {
        const exists = doc.stories.some((s) => s.id === story.id)
        const stories = exists
          ? doc.stories.map((s) => (s.id === story.id ? story : s))
          : [...doc.stories, story]
        // Back from the trash too, so "Recently deleted" does not offer it a second time.
        const trash = doc.trash.filter((item) => item.story.id !== story.id)
        return { ...doc, stories, trash }
      })
      return findSaved(vault.current().stories, story)
    },
  }
}

/** The stored copy (after validation) of what was just saved. */
function findSaved(stories: readonly Story[], saved: Story | undefined): Story {
  const found = saved && stories.find((story) => story.id === saved.id)
  if (!found) throw new AppFailure('internal', 'The story was saved but could not be read back.')
  return found
}
