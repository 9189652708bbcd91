import { z } from 'zod'
import { SettingsSchema, type Settings, type Story } from '../story/schema'
import type { CheatSheet } from '../cheatsheet/schema'
import { channel } from './channel'

/** How the vault file was found when it was opened. */
export type VaultHealth =
  | { kind: 'ok' }
  /** The file was unreadable; it was moved aside and the app started from an empty vault. */
  | { kind: 'recovered'; movedTo: string; reason: string; backupAvailable: boolean }
  /** Written by a newer Story Vault: shown, never written. */
  | { kind: 'read-only'; reason: string }

export interface VaultSnapshot {
  path: string
  health: VaultHealth
  onboarded: boolean
  settings: Settings
  stories: Story[]
  sheets: CheatSheet[]
}

export const vaultChannels = {
  'vault:open': channel<VaultSnapshot>()(z.tuple([])),
  'vault:start': channel<VaultSnapshot>()(z.tuple([z.enum(['demo', 'empty'])])),
  /** Replace the vault with the newest backup that parses (after a corrupt file was moved aside). */
  'vault:restore-latest-backup': channel<VaultSnapshot>()(z.tuple([])),
  /** Re-read the file after an outside change the person agreed to take. */
  'vault:reload': channel<VaultSnapshot>()(z.tuple([])),
  /** Keep this window's version after an outside change: theirs is saved as an `external-…` backup first. */
  'vault:keep-mine': channel<VaultSnapshot>()(z.tuple([])),
  'settings:update': channel<Settings>()(z.tuple([SettingsSchema.partial()])),
}
