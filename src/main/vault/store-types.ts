import type { VaultDocument } from '../../shared/vault/document'
import type { VaultHealth, VaultSnapshot } from '../../shared/contract/vault'

export interface UpdateOptions {
  /** A change that removes more than half of the stories is refused unless this is set. */
  allowLargeRemoval?: boolean
  /** Always back the current file up first under this kind (restores), whatever the rolling schedule says. */
  backupKind?: 'pre-restore'
  /** The person has dealt with a recovered file (restored or started over): stop reporting it. */
  markHealthy?: boolean
}

/**
 * The only writer of the vault file. Every change goes through update(): the result is validated
 * against the schema, written atomically, and backed up on the rolling schedule.
 */
export interface VaultStore {
  readonly path: string
  /** The document as last loaded or saved. Frozen: return a new object from update() instead. */
  current(): VaultDocument
  snapshot(): VaultSnapshot
  health(): VaultHealth
  /**
   * Applies a change and resolves once it is durable on disk. Throws AppFailure: 'invalid-input' or
   * 'too-large' (schema), 'needs-confirmation' (large removal), 'read-only', 'conflict' (outside change
   * not yet decided on).
   */
  update(change: (draft: VaultDocument) => VaultDocument, options?: UpdateOptions): Promise<VaultDocument>
  /** Re-reads the file from disk, taking an outside change ("take theirs"). */
  reload(): Promise<VaultSnapshot>
  /** Keeps the outside version as an `external-…` backup, then writes ours over it ("keep mine"). */
  keepMine(): Promise<VaultSnapshot>
  /** True while an outside change waits for the person to choose reload() or keepMine(). */
  hasExternalChange(): boolean
  close(): Promise<void>
}

export interface OpenVaultOptions {
  now?: () => Date
  /** Called when something else changed the vault file and the new content is readable. */
  onExternalChange?: (info: { path: string }) => void
  /** Watch the file for outside changes (default true; the CLI turns it off). */
  watch?: boolean
  /**
   * The rolling backup is taken before the first save of a session and then at most this often
   * (default 5 minutes), so a burst of autosaves does not push every useful backup out of the ten.
   */
  minBackupIntervalMs?: number
  debounceMs?: number
  /**
   * Open only to read (list, search, export…): nothing on disk is created, cleaned, moved or written,
   * update() is refused, and a file that cannot be read is reported instead of being set aside.
   */
  readOnly?: boolean
  /**
   * When another program saved the file since this store read it: 'conflict' (the app, default) refuses
   * the save and asks the person; 'rebase' (a one-shot command) re-reads the file under the lock and
   * applies its change to that, so neither side's confirmed work is lost.
   */
  onOutsideChange?: 'conflict' | 'rebase'
  /** How long a save waits for another writer's lock (default 15 s). */
  lockWaitMs?: number
}
