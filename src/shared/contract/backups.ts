import { z } from 'zod'
import { channel } from './channel'
import type { VaultSnapshot } from './vault'

export type BackupKind = 'auto' | 'external' | 'pre-restore' | 'pre-migration'

/** One copy of the vault in the backups folder next to it. */
export interface BackupInfo {
  id: string
  /** auto: rolling copy before a save; external: a version another device wrote that you chose not to take;
   * pre-restore / pre-migration: the vault just before a restore or an upgrade. */
  kind: BackupKind
  createdAt: string
  /** null when the backup cannot be read. */
  storyCount: number | null
  size: number
}

export interface BackupPreview {
  id: string
  createdAt: string
  storyCount: number
  titles: string[]
}

/** Backup ids are file names Story Vault made; nothing else may reach the disk. */
export const BackupIdSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[A-Za-z0-9-]+$/, { message: 'is not a backup id' })

export const backupChannels = {
  'backups:list': channel<BackupInfo[]>()(z.tuple([])),
  'backups:preview': channel<BackupPreview>()(z.tuple([BackupIdSchema])),
  /** Replaces the vault with the backup; the vault as it was is backed up first. */
  'backups:restore': channel<VaultSnapshot>()(z.tuple([BackupIdSchema])),
}

// Re-exported for modules that only need the snapshot type next to backups.
export type { VaultSnapshot }
