import { z } from 'zod'
import { CheatSheetSchema } from '../cheatsheet/schema'
import { LoopSchema, MAX_LOOPS } from '../loops/schema'
import { OwnQuestionSchema, PracticeSchema } from '../practice/schema'
import { SettingsSchema, StorySchema } from '../story/schema'
import { LIMITS } from '../story/limits'

/** Bump with a numbered migration in src/main/vault/migrations. */
export const CURRENT_SCHEMA_VERSION = 3

/** A deleted story, kept so that deleting is always recoverable ("Recently deleted", 30 days). */
export const DeletedStorySchema = z.object({
  story: StorySchema,
  deletedAt: z.iso.datetime(),
})
export type DeletedStory = z.infer<typeof DeletedStorySchema>

/** The whole vault file. */
export const VaultDocumentSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  /** False until the person has chosen the demo vault or an empty one on the welcome screen. */
  onboarded: z.boolean().default(false),
  settings: SettingsSchema.default({ targetLevel: 'staff' }),
  stories: z.array(StorySchema).default([]),
  sheets: z.array(CheatSheetSchema).default([]),
  trash: z.array(DeletedStorySchema).max(LIMITS.trash).default([]),
  ownQuestions: z.array(OwnQuestionSchema).max(LIMITS.ownQuestions).default([]),
  practice: PracticeSchema.default({ cards: [], history: [] }),
  /** Interview loops, deleted ones included (`deletedAt`), so a delete can always be undone. */
  loops: z.array(LoopSchema).max(MAX_LOOPS).default([]),
})
export type VaultDocument = z.infer<typeof VaultDocumentSchema>

export function emptyVault(): VaultDocument {
  return VaultDocumentSchema.parse({ schemaVersion: CURRENT_SCHEMA_VERSION })
}
