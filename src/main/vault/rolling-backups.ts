import { AppFailure } from '../../shared/contract/result'
import { backupVaultFile, pruneBackups } from './backup-files'

const DEFAULT_BACKUP_INTERVAL_MS = 5 * 60_000

/**
 * When a save backs the vault file up first: before the first save of a session, then at most every
 * `minIntervalMs` (default 5 minutes), so a burst of autosaves does not push every useful backup out
 * of the ten; always before an upgrade or a restore.
 */
export class RollingBackups {
  private lastBackupAt = 0
  private pruneDue = false

  constructor(
    private readonly realPath: string,
    private readonly now: () => Date,
    private readonly minIntervalMs = DEFAULT_BACKUP_INTERVAL_MS,
  ) {}

  /**
   * A rolling backup failing must not stop the person's work from being saved; a backup taken before an
   * upgrade or a restore is the way back, so without it nothing is written.
   */
  async beforeOverwrite(
    kind: 'pre-restore' | 'pre-migration' | undefined,
    storyCount: number | null,
  ): Promise<void> {
    const now = this.now()
    if (!kind && this.lastBackupAt !== 0 && now.getTime() - this.lastBackupAt < this.minIntervalMs) return
    try {
      const id = await backupVaultFile(this.realPath, { kind: kind ?? 'auto', storyCount, now })
      if (id === null) return
      this.lastBackupAt = now.getTime()
      this.pruneDue = true
    } catch (error) {
      if (kind) {
        throw new AppFailure(
          'io',
          `Nothing was saved: Story Vault could not keep a copy of the vault first (${(error as Error).message}). Free some space or check the backups folder next to the vault, then try again.`,
        )
      }
      console.warn('[story-vault] backup failed:', error)
    }
  }

  /** Outside the lock: pruning reads old backups, and other writers should not wait for that. */
  async pruneIfDue(): Promise<void> {
    if (!this.pruneDue) return
    this.pruneDue = false
    await pruneBackups(this.realPath, this.now()).catch((error: unknown) => {
      console.warn('[story-vault] pruning backups failed:', error)
    })
  }
}
