import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { Low } from 'lowdb'
import { AppFailure } from '../../shared/contract/result'
import type { VaultHealth, VaultSnapshot } from '../../shared/contract/vault'
import { purgeExpired } from '../../shared/story/trash'
import { emptyVault, type VaultDocument } from '../../shared/vault/document'
import { AtomicJsonFile, readTextOrNull } from './atomic-file'
import { backupText } from './backup-files'
import { findLatestReadableBackup } from './backups'
import { parseVaultText } from './parse'
import { realVaultPath } from './real-path'
import { RollingBackups } from './rolling-backups'
import type { OpenVaultOptions, UpdateOptions, VaultStore } from './store-types'
import { DocumentValidator, checkLargeRemoval, deepFreeze } from './validate'
import { moveAside, removeStaleTempFiles, statKey } from './vault-files'
import { withVaultLock, type HeldLock } from './vault-lock'
import { watchFile, type FileWatch } from './watch-file'
import {
  CONFLICT_MESSAGE,
  OPENED_TO_READ_MESSAGE,
  READ_ONLY_MESSAGE,
  closedFailure,
  notAVault,
} from './store-messages'

export type { OpenVaultOptions } from './store-types'

/**
 * Opens (or starts) the vault at `path`, following symbolic links to the real file. Never overwrites a
 * file it cannot read (see loadFromDisk) and refuses one that is not a vault at all.
 */
export async function openVaultStore(path: string, options: OpenVaultOptions = {}): Promise<VaultStore> {
  const realPath = await realVaultPath(path)
  const store = new FileVaultStore(path, realPath, options)
  if (!options.readOnly) await mkdir(dirname(realPath), { recursive: true })
  await store.reload()
  store.startWatching()
  return store
}

class FileVaultStore implements VaultStore {
  private doc: VaultDocument = deepFreeze(emptyVault())
  private healthState: VaultHealth = { kind: 'ok' }
  private readOnly = false
  private externalChange = false
  /** The file's text as we last read or wrote it (kept whole: comparing is cheaper than hashing). */
  private knownText: string | null = null
  private knownStat: string | null = null
  private lastExternalText: string | null = null
  private held: HeldLock | undefined
  /** Opened from an older format: upgraded in memory; the file is kept as it was until the first save. */
  private migrationPending = false
  private queue: Promise<unknown> = Promise.resolve()
  private watching: FileWatch | undefined
  private closed = false
  private readonly validator = new DocumentValidator()
  private readonly low: Low<VaultDocument>
  private readonly now: () => Date
  private readonly backups: RollingBackups

  constructor(
    readonly path: string,
    /** The file itself (symbolic links followed): what is read, written, locked and backed up. */
    private readonly realPath: string,
    private readonly options: OpenVaultOptions,
  ) {
    this.now = options.now ?? (() => new Date())
    this.backups = new RollingBackups(realPath, this.now, options.minBackupIntervalMs)
    const adapter = new AtomicJsonFile<VaultDocument>(realPath, {
      parse: (text) => {
        const parsed = parseVaultText(text)
        if (parsed.kind !== 'ok') throw new Error(parsed.kind === 'newer' ? 'newer' : parsed.reason)
        return parsed.doc
      },
      onWritten: (text) => {
        this.knownText = text
      },
    })
    this.low = new Low(adapter, this.doc)
  }

  current(): VaultDocument {
    return this.doc
  }

  health(): VaultHealth {
    return this.healthState
  }

  hasExternalChange(): boolean {
    return this.externalChange
  }

  snapshot(): VaultSnapshot {
    const { onboarded, settings, stories, sheets } = this.doc
    return { path: this.path, health: this.healthState, onboarded, settings, stories, sheets }
  }

  update(
    change: (draft: VaultDocument) => VaultDocument,
    options: UpdateOptions = {},
  ): Promise<VaultDocument> {
    // A change asked for before close() still runs (close waits for it); one asked for after is refused.
    if (this.closed) return Promise.reject(closedFailure())
    // Refused before the lock, so a store opened to read never even creates a lock file.
    if (this.options.readOnly) return Promise.reject(new AppFailure('read-only', OPENED_TO_READ_MESSAGE))
    return this.enqueue(async () => {
      const saved = await this.locked(async () => {
        this.assertWritable()
        if (this.options.onOutsideChange === 'rebase') await this.catchUp()
        else await this.assertDiskUnchanged()
        const before = this.doc
        // Stories deleted more than 30 days ago leave "Recently deleted" with the next save.
        const next = this.validator.validate(purgeExpired(change(before), this.now()))
        checkLargeRemoval(before, next, options.allowLargeRemoval === true)
        await this.backups.beforeOverwrite(
          options.backupKind ?? (this.migrationPending ? 'pre-migration' : undefined),
          this.knownText === null ? null : this.doc.stories.length,
        )
        await this.write(next)
        this.migrationPending = false
        if (options.markHealthy) this.healthState = { kind: 'ok' }
        return this.doc
      })
      await this.backups.pruneIfDue()
      return saved
    })
  }

  reload(): Promise<VaultSnapshot> {
    return this.enqueue(async () => {
      await this.loadFromDisk()
      return this.snapshot()
    })
  }

  keepMine(): Promise<VaultSnapshot> {
    if (this.options.readOnly) return Promise.reject(new AppFailure('read-only', OPENED_TO_READ_MESSAGE))
    return this.enqueue(() =>
      this.locked(async () => {
        if (this.readOnly) throw new AppFailure('read-only', READ_ONLY_MESSAGE)
        const text = await readTextOrNull(this.realPath)
        if (text !== null && text !== this.knownText) {
          const outside = parseVaultText(text)
          const storyCount =
            outside.kind === 'ok' || outside.kind === 'newer' ? outside.doc.stories.length : null
          await backupText(this.realPath, text, { kind: 'external', storyCount, now: this.now() })
        }
        this.externalChange = false
        await this.write(this.doc)
        return this.snapshot()
      }),
    )
  }

  async close(): Promise<void> {
    this.closed = true
    this.watching?.close()
    this.watching = undefined
    await this.queue
  }

  startWatching(): void {
    if (this.options.watch === false || this.closed) return
    this.watching = watchFile(this.realPath, this.options.debounceMs ?? 150, () => {
      this.enqueue(() => this.checkForExternalChange()).catch((error: unknown) => {
        console.warn('[story-vault] checking the vault file failed:', error)
      })
    })
  }

  private enqueue<T>(operation: () => Promise<T>): Promise<T> {
    const run = this.queue.then(operation)
    this.queue = run.catch(() => undefined)
    return run
  }

  /** Holds the cross-process lock around a read-check-write, so no other writer slips in between. */
  private async locked<T>(work: () => Promise<T>): Promise<T> {
    return withVaultLock(
      this.realPath,
      async (held) => {
        this.held = held
        try {
          return await work()
        } finally {
          this.held = undefined
        }
      },
      this.options.lockWaitMs,
    )
  }

  private assertWritable(): void {
    if (this.options.readOnly) throw new AppFailure('read-only', OPENED_TO_READ_MESSAGE)
    if (this.readOnly) throw new AppFailure('read-only', READ_ONLY_MESSAGE)
    if (this.externalChange) throw new AppFailure('conflict', CONFLICT_MESSAGE)
  }

  private setDoc(doc: VaultDocument): void {
    deepFreeze(doc)
    this.validator.remember(doc)
    this.doc = doc
    this.low.data = doc
  }

  private async write(doc: VaultDocument): Promise<void> {
    this.held?.assertHeld()
    this.low.data = doc
    await this.low.write()
    this.knownStat = await statKey(this.realPath)
    this.setDoc(doc)
  }

  private remember(text: string | null, key: string | null): void {
    this.knownText = text
    this.knownStat = key
  }

  /**
   * Every way the file can be found on opening. One that is not a vault is refused, untouched; a vault
   * that cannot be read is moved aside (never overwritten), or only reported when opened to read.
   */
  private async loadFromDisk(retried = false): Promise<void> {
    if (!this.options.readOnly) await removeStaleTempFiles(this.realPath)
    const key = await statKey(this.realPath)
    const text = await readTextOrNull(this.realPath).catch((error: unknown) => {
      throw new AppFailure('io', `Story Vault could not read ${this.path}: ${(error as Error).message}`)
    })
    const parsed = text === null ? null : parseVaultText(text, { now: this.now() })
    if (parsed?.kind === 'foreign') throw notAVault(this.path, parsed.reason)
    if (parsed?.kind === 'corrupt' && this.options.readOnly) {
      throw new AppFailure(
        'io',
        `${this.path} cannot be read. ${parsed.reason} Nothing was changed. Open it in Story Vault (or run \`story-vault backup list\`) to restore a backup.`,
      )
    }
    let movedTo: string | null = null
    if (parsed?.kind === 'corrupt') {
      // Under the lock, and only if it is still the same unreadable text: another writer may just have saved.
      movedTo = await this.locked(async () =>
        (await readTextOrNull(this.realPath)) === text ? moveAside(this.realPath, this.now()) : null,
      )
      if (movedTo === null && !retried) return this.loadFromDisk(true)
    }
    this.readOnly = false
    this.externalChange = false
    this.migrationPending = false
    this.healthState = { kind: 'ok' }
    if (parsed === null || parsed.kind === 'corrupt') {
      this.setDoc(emptyVault())
      this.remember(null, null)
      if (parsed?.kind === 'corrupt') {
        const backupAvailable = (await findLatestReadableBackup(this.realPath)) !== null
        this.healthState = {
          kind: 'recovered',
          movedTo: movedTo ?? this.realPath,
          reason: parsed.reason,
          backupAvailable,
        }
      }
      return
    }
    this.applyParsed(parsed, text, key)
  }

  private applyParsed(
    parsed: Extract<ReturnType<typeof parseVaultText>, { kind: 'ok' | 'newer' }>,
    text: string | null,
    key: string | null,
  ): void {
    // Expired "Recently deleted" entries are dropped in memory now, and from the file at the next save.
    this.setDoc(purgeExpired(parsed.doc, this.now()))
    this.remember(text, key)
    if (parsed.kind === 'newer') {
      this.readOnly = true
      this.healthState = {
        kind: 'read-only',
        reason: `This vault was saved by a newer version of Story Vault (format ${parsed.version}). It is shown read-only so nothing in it is lost; update Story Vault to edit it.`,
      }
    } else {
      // Reading never writes: a list or search on an old vault leaves the file exactly as it was.
      this.migrationPending = parsed.migratedFrom !== undefined
    }
  }

  /**
   * For one-shot writers, under the lock: if someone saved since we read, take their file as the base,
   * so our change is applied on top of theirs instead of over it.
   */
  private async catchUp(): Promise<void> {
    const key = await statKey(this.realPath)
    if (key !== null && key === this.knownStat) return
    const text = await readTextOrNull(this.realPath)
    if (text === null || text === this.knownText) {
      this.knownStat = key
      return
    }
    const parsed = parseVaultText(text, { now: this.now() })
    if (parsed.kind === 'foreign') {
      throw new AppFailure(
        'conflict',
        `${this.path} was replaced by a file that is not a Story Vault file, so nothing was saved.`,
      )
    }
    if (parsed.kind === 'corrupt') {
      // Unreadable, so there is nothing to build on; keep it anyway, in case it mattered.
      await backupText(this.realPath, text, { kind: 'external', storyCount: null, now: this.now() })
      return
    }
    this.applyParsed(parsed, text, key)
    this.assertWritable()
  }

  /** Before overwriting: is the file still what we last read or wrote? If not, never write over it blindly. */
  private async assertDiskUnchanged(): Promise<void> {
    const key = await statKey(this.realPath)
    if (key !== null && key === this.knownStat) return
    const text = await readTextOrNull(this.realPath)
    if (text === null) return // removed from outside: writing ours back loses nothing
    if (text === this.knownText) {
      this.knownStat = key
      return
    }
    const outside = parseVaultText(text)
    if (outside.kind === 'corrupt') {
      // Unreadable, so there is nothing to choose between; still keep it, in case it mattered.
      await backupText(this.realPath, text, { kind: 'external', storyCount: null, now: this.now() })
      return
    }
    this.flagExternalChange(text)
    throw new AppFailure('conflict', CONFLICT_MESSAGE)
  }

  private async checkForExternalChange(): Promise<void> {
    if (this.closed) return
    const key = await statKey(this.realPath)
    if (key === null || key === this.knownStat) return
    const text = await readTextOrNull(this.realPath)
    if (text === null) return
    if (text === this.knownText) {
      this.knownStat = key
      return
    }
    if (this.externalChange && text === this.lastExternalText) return
    // Half-written by a sync tool, perhaps: look again on the next change or before our next save.
    if (parseVaultText(text).kind === 'corrupt') return
    this.flagExternalChange(text)
  }

  private flagExternalChange(text: string): void {
    this.externalChange = true
    this.lastExternalText = text
    this.options.onExternalChange?.({ path: this.path })
  }
}
