import type { Handlers } from '../../shared/contract'
import { AppFailure } from '../../shared/contract/result'
import type { Story } from '../../shared/story/schema'
import { deleteForever, purgeExpired, restoreFromTrash, trashNewestFirst } from '../../shared/story/trash'
import type { Services } from './services'
import { newStoryId } from './vault'

type TrashHandlers = Pick<Handlers, 'trash:list' | 'trash:restore' | 'trash:delete-forever' | 'trash:empty'>

function notInTrash(id: string): AppFailure {
  return new AppFailure(
    'not-found',
    `That story is no longer in Recently deleted (id ${id}). It may have been restored already, or deleted for good.`,
  )
}

/** "Recently deleted": what stories:delete put aside, restored or deleted for good from here. */
export function createTrashHandlers({ vault }: Pick<Services, 'vault'>): TrashHandlers {
  const listed = () => trashNewestFirst(purgeExpired(vault.current(), new Date()).trash)
  return {
    'trash:list': () => listed(),

    'trash:restore': async (id) => {
      let restored: Story | undefined
      await vault.update((doc) => {
        const result = restoreFromTrash(doc, id, newStoryId)
        if (!result) throw notInTrash(id)
        restored = result.restored
        return result.doc
      })
      const saved = restored && vault.current().stories.find((story) => story.id === restored?.id)
      if (!saved) throw new AppFailure('internal', 'The story was restored but could not be read back.')
      return saved
    },

    'trash:delete-forever': async (id) => {
      if (!vault.current().trash.some((item) => item.story.id === id)) throw notInTrash(id)
      await vault.update((doc) => deleteForever(doc, id))
      return listed()
    },

    'trash:empty': async () => {
      if (vault.current().trash.length > 0) await vault.update((doc) => deleteForever(doc))
      return listed()
    },
  }
}
