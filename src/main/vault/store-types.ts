import type { VaultDocument } from '../../shared/vault/document'
import type { VaultSnapshot } from '../../shared/contract/vault'

export interface UpdateOptions {
  /** A change that removes more than half of the stories is refused unless this is set. */
  allowLargeRemoval?: boolean
}

/**
 * The only writer of the vault file. Every change goes through update(): the result is validated
 * against the schema, written atomically, and backed up on the rolling schedule.
 */
export interface VaultStore {
  readonly path: string
  /** The document as last loaded or saved. Treat as read-only. */
  current(): VaultDocument
  snapshot(): VaultSnapshot
  /** Applies a change and resolves once it is durable on disk. Throws AppFailure on invalid data or read-only. */
  update(change: (draft: VaultDocument) => VaultDocument, options?: UpdateOptions): Promise<VaultDocument>
  /** Re-reads the file from disk (after an outside change). */
  reload(): Promise<VaultSnapshot>
  close(): Promise<void>
}
