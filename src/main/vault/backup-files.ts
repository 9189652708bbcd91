import { mkdir, readdir, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { readTextOrNull, writeFileAtomic } from './atomic-file'
import { looksLikeVault } from './migrations'
import { VAULT_FILE_NAME } from './paths'

/**
 * auto: the rolling copy taken before the vault is overwritten. external: a version written by
 * something else that we kept when the person chose their own. pre-restore / pre-migration: the
 * vault as it was before a restore or an upgrade.
 */
export const BACKUP_KINDS = ['auto', 'external', 'pre-restore', 'pre-migration'] as const
export type BackupKind = (typeof BACKUP_KINDS)[number]

export interface BackupFile {
  /** The file name without `.json`; also what a person types for `backup restore ID`. */
  id: string
  kind: BackupKind
  createdAt: string
  /** Known from the name; null for files written by hand or an older build. */
  storyCount: number | null
  size: number
  path: string
  /** From the shared `backups/` folder that builds before per-vault folders used: read, never pruned. */
  legacy: boolean
}

export const KEEP_RECENT = 10
export const KEEP_DAILY_DAYS = 7
export const KEEP_EXTERNAL = 10

const NAME = new RegExp(
  `^(${BACKUP_KINDS.join('|')})-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z(?:-(\\d+)s)?(?:-\\d+)?$`,
)

/** Ids are file names we made; anything else (slashes, dots) is refused before touching the disk. */
export const BACKUP_ID_PATTERN = /^[a-z-]+-\d{4}-\d{2}-\d{2}T[\d-]+Z(?:-\d+s)?(?:-\d+)?$/

/** The vault's name without `.json`: `vault.json` → `vault`. */
function vaultStem(vaultPath: string): string {
  return basename(vaultPath).replace(/\.json$/i, '') || basename(vaultPath)
}

/**
 * Each vault has its own folder, `backups/<name>/`, so two vaults side by side never see, prune or
 * restore each other's copies. Give it the vault's real path (symbolic links followed).
 */
export function backupsDirFor(vaultPath: string): string {
  return join(dirname(vaultPath), 'backups', vaultStem(vaultPath))
}

/**
 * Builds before per-vault folders put every backup straight in `backups/`. Those belonged to the
 * default `vault.json` (the only vault most people have), so only that vault still lists them.
 */
function legacyBackupsDirFor(vaultPath: string): string | null {
  return basename(vaultPath) === VAULT_FILE_NAME ? join(dirname(vaultPath), 'backups') : null
}

/** 2026-11-25T22:19:19.123Z → 2026-11-25T22-19-19-123Z: sortable and legal on every file system. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-')
}

export function parseBackupId(
  id: string,
): { kind: BackupKind; createdAt: string; storyCount: number | null } | null {
  const match = NAME.exec(id)
  if (!match) return null
  const [, kind, day, h, m, s, ms, count] = match
  return {
    kind: kind as BackupKind,
    createdAt: `${day}T${h}:${m}:${s}.${ms}Z`,
    storyCount: count === undefined ? null : Number(count),
  }
}

async function listDir(dir: string, legacy: boolean): Promise<BackupFile[]> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return []
  }
  const files: BackupFile[] = []
  for (const name of names) {
    if (!name.endsWith('.json')) continue
    const id = name.slice(0, -'.json'.length)
    const info = parseBackupId(id)
    if (!info) continue
    const path = join(dir, name)
    const size = await stat(path).then(
      (s) => (s.isFile() ? s.size : null),
      () => null,
    )
    if (size !== null) files.push({ id, ...info, size, path, legacy })
  }
  return files
}

/** Newest first; the vault's own folder, then (for vault.json) the old shared one. Others' files are not listed. */
export async function listBackupFiles(vaultPath: string): Promise<BackupFile[]> {
  const own = await listDir(backupsDirFor(vaultPath), false)
  const legacyDir = legacyBackupsDirFor(vaultPath)
  const ids = new Set(own.map((f) => f.id))
  const legacy = legacyDir ? (await listDir(legacyDir, true)).filter((f) => !ids.has(f.id)) : []
  return [...own, ...legacy].sort(
    (a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id),
  )
}

const readableCache = new Map<string, boolean>()

/**
 * Whether a backup holds a whole vault: it parses as JSON and has the shape of one. A copy cut off by a
 * crash (possible before backups were written atomically) fails this, so it is never counted as kept.
 */
export async function isReadableBackup(file: BackupFile): Promise<boolean> {
  const info = await stat(file.path).catch(() => null)
  if (!info) return false
  const key = `${file.path}:${info.size}:${info.mtimeMs}`
  const known = readableCache.get(key)
  if (known !== undefined) return known
  const text = await readTextOrNull(file.path).catch(() => null)
  let readable = false
  try {
    readable = text !== null && looksLikeVault(JSON.parse(text.replace(/^\uFEFF/, '')))
  } catch {
    readable = false
  }
  readableCache.set(key, readable)
  return readable
}

interface NewBackup {
  kind: BackupKind
  storyCount: number | null
  now: Date
}

async function uniqueTarget(
  vaultPath: string,
  backup: NewBackup,
  write: (target: string) => Promise<void>,
): Promise<string> {
  const dir = backupsDirFor(vaultPath)
  await mkdir(dir, { recursive: true })
  const count = backup.storyCount === null ? '' : `-${backup.storyCount}s`
  const base = `${backup.kind}-${fileStamp(backup.now)}${count}`
  for (let n = 0; ; n++) {
    const id = n === 0 ? base : `${base}-${n}`
    try {
      await write(join(dir, `${id}.json`))
      return id
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || n > 50) throw error
    }
  }
}

/**
 * Copies the vault file as it is on disk; null when there is no file to copy. Written like the vault
 * (temp file, fsync, rename), so a crash leaves either no backup or a whole one.
 */
export async function backupVaultFile(vaultPath: string, backup: NewBackup): Promise<string | null> {
  const text = await readTextOrNull(vaultPath)
  if (text === null) return null
  return backupText(vaultPath, text, backup)
}

export async function backupText(vaultPath: string, text: string, backup: NewBackup): Promise<string> {
  return uniqueTarget(vaultPath, backup, async (target) => {
    if (
      await stat(target).then(
        () => true,
        () => false,
      )
    ) {
      throw Object.assign(new Error('exists'), { code: 'EEXIST' })
    }
    await writeFileAtomic(target, text)
  })
}

export async function readBackupText(vaultPath: string, id: string): Promise<string | null> {
  if (!BACKUP_ID_PATTERN.test(id) || !parseBackupId(id)) return null
  const own = await readTextOrNull(join(backupsDirFor(vaultPath), `${id}.json`))
  const legacyDir = legacyBackupsDirFor(vaultPath)
  if (own !== null || !legacyDir) return own
  return readTextOrNull(join(legacyDir, `${id}.json`))
}

/**
 * Which backups to keep: the 10 newest readable ones, plus the newest readable one of each of the last
 * 7 days (UTC), so a mistake noticed days later can still be undone. Versions kept from outside edits
 * have their own allowance of 10 so everyday saves never push them out (they may be unreadable on
 * purpose: a damaged file someone else wrote). Backups in the old shared folder are never pruned.
 */
export function backupsToPrune(
  files: readonly BackupFile[],
  now: Date,
  readable: (file: BackupFile) => boolean = () => true,
): BackupFile[] {
  const keep = new Set<string>()
  const own = files.filter((f) => !f.legacy)
  const rolling = own.filter((f) => f.kind !== 'external' && readable(f))
  rolling.slice(0, KEEP_RECENT).forEach((f) => keep.add(f.id))
  const days = new Set<string>()
  for (let back = 0; back < KEEP_DAILY_DAYS; back++) {
    days.add(new Date(now.getTime() - back * 86_400_000).toISOString().slice(0, 10))
  }
  const seenDays = new Set<string>()
  for (const file of rolling) {
    const day = file.createdAt.slice(0, 10)
    if (days.has(day) && !seenDays.has(day)) {
      seenDays.add(day)
      keep.add(file.id)
    }
  }
  own
    .filter((f) => f.kind === 'external')
    .slice(0, KEEP_EXTERNAL)
    .forEach((f) => keep.add(f.id))
  return own.filter((f) => !keep.has(f.id))
}

export async function pruneBackups(vaultPath: string, now: Date): Promise<void> {
  const files = await listBackupFiles(vaultPath)
  const readable = new Set<string>()
  for (const file of files) {
    if (!file.legacy && file.kind !== 'external' && (await isReadableBackup(file))) readable.add(file.id)
  }
  const doomed = backupsToPrune(files, now, (f) => readable.has(f.id))
  for (const file of doomed) await unlink(file.path).catch(() => undefined)
}
