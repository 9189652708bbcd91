import { watch, type FSWatcher } from 'node:fs'
import { mkdir, readdir, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { Low } from 'lowdb'
import { AppFailure } from '../../shared/contract/result'
import type { VaultHealth, VaultSnapshot } from '../../shared/contract/vault'
import { purgeExpired } from '../../shared/story/trash'
import { emptyVault, type VaultDocument } from '../../shared/vault/document'
import { AtomicJsonFile, readTextOrNull, tempPrefix } from './atomic-file'
import { backupText, backupVaultFile, fileStamp, pruneBackups } from './backup-files'
import { findLatestReadableBackup } from './backups'
import { parseVaultText } from './parse'
import type { UpdateOptions, VaultStore } from './store-types'
import { DocumentValidator, checkLargeRemoval, deepFreeze } from './validate'

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
}

const DEFAULT_BACKUP_INTERVAL_MS = 5 * 60_000
const STALE_TEMP_MS = 60_000

async function statKey(path: string): Promise<string | null> {
  try {
    const s = await stat(path)
    return `${s.ino}:${s.size}:${s.mtimeMs}`
  } catch {
    return null
  }
}

const READ_ONLY_MESSAGE =
  'This vault was saved by a newer version of Story Vault, so it can only be read here. Update Story Vault to make changes.'
const CONFLICT_MESSAGE =
  'The vault changed on disk since it was opened here (another device or a sync folder, perhaps). Choose to keep your version or load the one on disk, then save again.'

/** Opens (or starts) the vault at `path`. Never overwrites a file it cannot read: see loadFromDisk. */
export async function openVaultStore(path: string, options: OpenVaultOptions = {}): Promise<VaultStore> {
  const store = new FileVaultStore(path, options)
  await mkdir(dirname(path), { recursive: true })
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
  private lastBackupAt = 0
  /** Opened from an older format: upgraded in memory; the file is kept as it was until the first save. */
  private migrationPending = false
  private queue: Promise<unknown> = Promise.resolve()
  private watcher: FSWatcher | undefined
  private timer: NodeJS.Timeout | undefined
  private closed = false
  private readonly validator = new DocumentValidator()
  private readonly low: Low<VaultDocument>
  private readonly now: () => Date

  constructor(
    readonly path: string,
    private readonly options: OpenVaultOptions,
  ) {
    this.now = options.now ?? (() => new Date())
    const adapter = new AtomicJsonFile<VaultDocument>(path, {
      parse: (text) => {
        const parsed = parseVaultText(text)
        if (parsed.kind !== 'ok') throw new Error(parsed.kind === 'corrupt' ? parsed.reason : 'newer')
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
    return this.enqueue(async () => {
      this.assertWritable()
      const before = this.doc
      // Stories deleted more than 30 days ago leave "Recently deleted" with the next save.
      const next = this.validator.validate(purgeExpired(change(before), this.now()))
      checkLargeRemoval(before, next, options.allowLargeRemoval === true)
      await this.assertDiskUnchanged()
      await this.backupBeforeOverwrite(
        options.backupKind ?? (this.migrationPending ? 'pre-migration' : undefined),
      )
      await this.write(next)
      this.migrationPending = false
      if (options.markHealthy) this.healthState = { kind: 'ok' }
      return this.doc
    })
  }

  reload(): Promise<VaultSnapshot> {
    return this.enqueue(async () => {
      await this.loadFromDisk()
      return this.snapshot()
    })
  }

  keepMine(): Promise<VaultSnapshot> {
    return this.enqueue(async () => {
      if (this.readOnly) throw new AppFailure('read-only', READ_ONLY_MESSAGE)
      const text = await readTextOrNull(this.path)
      if (text !== null && text !== this.knownText) {
        const outside = parseVaultText(text)
        const storyCount = outside.kind === 'corrupt' ? null : outside.doc.stories.length
        await backupText(this.path, text, { kind: 'external', storyCount, now: this.now() })
      }
      this.externalChange = false
      await this.write(this.doc)
      return this.snapshot()
    })
  }

  async close(): Promise<void> {
    this.closed = true
    clearTimeout(this.timer)
    this.watcher?.close()
    this.watcher = undefined
    await this.queue
  }

  startWatching(): void {
    if (this.options.watch === false || this.closed) return
    const name = basename(this.path)
    try {
      this.watcher = watch(dirname(this.path), { persistent: false }, (_event, changed) => {
        if (changed && changed.toString() !== name) return
        clearTimeout(this.timer)
        this.timer = setTimeout(() => {
          this.enqueue(() => this.checkForExternalChange()).catch((error: unknown) => {
            console.warn('[story-vault] checking the vault file failed:', error)
          })
        }, this.options.debounceMs ?? 150)
        this.timer.unref()
      })
      this.watcher.on('error', () => this.watcher?.close())
    } catch (error) {
      // Some network drives cannot be watched; saves still check the file before overwriting it.
      console.warn('[story-vault] cannot watch the vault folder:', error)
    }
  }

  private enqueue<T>(operation: () => Promise<T>): Promise<T> {
    const run = this.queue.then(operation)
    this.queue = run.catch(() => undefined)
    return run
  }

  private assertWritable(): void {
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
    this.low.data = doc
    await this.low.write()
    this.knownStat = await statKey(this.path)
    this.setDoc(doc)
  }

  private remember(text: string | null, key: string | null): void {
    this.knownText = text
    this.knownStat = key
  }

  /** Every way the file can be found on opening; a file that cannot be read is moved aside, never overwritten. */
  private async loadFromDisk(): Promise<void> {
    await this.removeStaleTempFiles()
    const key = await statKey(this.path)
    const text = await readTextOrNull(this.path).catch((error: unknown) => {
      throw new AppFailure('io', `Story Vault could not read ${this.path}: ${(error as Error).message}`)
    })
    this.readOnly = false
    this.externalChange = false
    this.migrationPending = false
    this.healthState = { kind: 'ok' }
    if (text === null) {
      this.setDoc(emptyVault())
      this.remember(null, null)
      return
    }
    const parsed = parseVaultText(text, { now: this.now() })
    if (parsed.kind === 'corrupt') {
      const movedTo = await this.moveAside()
      this.setDoc(emptyVault())
      this.remember(null, null)
      const backupAvailable = (await findLatestReadableBackup(this.path)) !== null
      this.healthState = { kind: 'recovered', movedTo, reason: parsed.reason, backupAvailable }
      return
    }
    // Expired "Recently deleted" entries are dropped in memory now, and from the file at the next save.
    this.setDoc(purgeExpired(parsed.doc, this.now()))
    this.remember(text, key)
    if (parsed.kind === 'newer') {
      this.readOnly = true
      this.healthState = {
        kind: 'read-only',
        reason: `This vault was saved by a newer version of Story Vault (format ${parsed.version}). It is shown read-only so nothing in it is lost; update Story Vault to edit it.`,
      }
    } else if (parsed.migratedFrom !== undefined) {
      // Reading never writes: a list or search on an old vault leaves the file exactly as it was.
      this.migrationPending = true
    }
  }

  private async moveAside(): Promise<string> {
    const stem = basename(this.path).replace(/\.json$/i, '')
    for (let n = 0; ; n++) {
      const suffix = n === 0 ? '' : `-${n}`
      const target = join(dirname(this.path), `${stem}.corrupt-${fileStamp(this.now())}${suffix}.json`)
      if (await statKey(target)) continue
      await rename(this.path, target)
      return target
    }
  }

  private async removeStaleTempFiles(): Promise<void> {
    const prefix = tempPrefix(this.path)
    const names = await readdir(dirname(this.path)).catch(() => [] as string[])
    for (const name of names.filter((n) => n.startsWith(prefix) && n.endsWith('.tmp'))) {
      const file = join(dirname(this.path), name)
      const age = await stat(file).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      )
      if (age > STALE_TEMP_MS) await unlink(file).catch(() => undefined)
    }
  }

  /** Before overwriting: is the file still what we last read or wrote? If not, never write over it blindly. */
  private async assertDiskUnchanged(): Promise<void> {
    const key = await statKey(this.path)
    if (key !== null && key === this.knownStat) return
    const text = await readTextOrNull(this.path)
    if (text === null) return // removed from outside: writing ours back loses nothing
    if (text === this.knownText) {
      this.knownStat = key
      return
    }
    const outside = parseVaultText(text)
    if (outside.kind === 'corrupt') {
      // Unreadable, so there is nothing to choose between; still keep it, in case it mattered.
      await backupText(this.path, text, { kind: 'external', storyCount: null, now: this.now() })
      return
    }
    this.flagExternalChange(text)
    throw new AppFailure('conflict', CONFLICT_MESSAGE)
  }

  private async checkForExternalChange(): Promise<void> {
    if (this.closed) return
    const key = await statKey(this.path)
    if (key === null || key === this.knownStat) return
    const text = await readTextOrNull(this.path)
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

  private async backupBeforeOverwrite(kind: 'pre-restore' | 'pre-migration' | undefined): Promise<void> {
    const now = this.now()
    const interval = this.options.minBackupIntervalMs ?? DEFAULT_BACKUP_INTERVAL_MS
    if (!kind && this.lastBackupAt !== 0 && now.getTime() - this.lastBackupAt < interval) return
    try {
      const storyCount = this.knownText === null ? null : this.doc.stories.length
      const id = await backupVaultFile(this.path, { kind: kind ?? 'auto', storyCount, now })
      if (id === null) return
      this.lastBackupAt = now.getTime()
      await pruneBackups(this.path, now)
    } catch (error) {
      // A full or locked backups folder must not stop the person's work from being saved.
      console.warn('[story-vault] backup failed:', error)
    }
  }
}

function closedFailure(): AppFailure {
  return new AppFailure('unavailable', 'The vault is closed. Reopen Story Vault to keep working.')
}
