import { z } from 'zod'
import { CheatSheetSchema } from '../cheatsheet/schema'
import { SettingsSchema, StorySchema } from '../story/schema'

/** Bump with a numbered migration in src/main/vault/migrations. */
export const CURRENT_SCHEMA_VERSION = 1

/** The whole vault file. */
export const VaultDocumentSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  /** False until the person has chosen the demo vault or an empty one on the welcome screen. */
  onboarded: z.boolean().default(false),
  settings: SettingsSchema.default({ targetLevel: 'staff' }),
  stories: z.array(StorySchema).default([]),
  sheets: z.array(CheatSheetSchema).default([]),
})
export type VaultDocument = z.infer<typeof VaultDocumentSchema>

export function emptyVault(): VaultDocument {
  return VaultDocumentSchema.parse({ schemaVersion: CURRENT_SCHEMA_VERSION })
}
