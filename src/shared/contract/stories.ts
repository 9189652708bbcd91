import { z } from 'zod'
import { StoryDraftSchema, StoryIdSchema, StorySchema, type Story } from '../story/schema'
import { channel } from './channel'

export const storyChannels = {
  'stories:list': channel<Story[]>()(z.tuple([])),
  /** Creates (no id) or updates (id) a story and resolves once it is durable on disk. */
  'stories:save': channel<Story>()(z.tuple([StoryDraftSchema])),
  'stories:delete': channel<Story>()(z.tuple([StoryIdSchema])),
  /** Puts a deleted story back exactly as it was (undo). */
  'stories:restore': channel<Story>()(z.tuple([StorySchema])),
}
