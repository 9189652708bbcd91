import { z } from 'zod'
import type { Story } from '../story/schema'
import { StoryIdSchema } from '../story/schema'
import type { DeletedStory } from '../vault/document'
import { channel } from './channel'

/** "Recently deleted": stories deleted in the last 30 days, newest first. */
export const trashChannels = {
  'trash:list': channel<DeletedStory[]>()(z.tuple([])),
  /** Puts a deleted story back (under a new id if its id is taken); also the app's Undo of a delete. */
  'trash:restore': channel<Story>()(z.tuple([StoryIdSchema])),
  /** Deletes one story for good; resolves with what is left. */
  'trash:delete-forever': channel<DeletedStory[]>()(z.tuple([StoryIdSchema])),
  /** Deletes everything in "Recently deleted" for good. */
  'trash:empty': channel<DeletedStory[]>()(z.tuple([])),
}
