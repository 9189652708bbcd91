import { constants } from 'node:fs'
import { copyFile, mkdir, readdir, stat, unlink } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { readTextOrNull, writeFileAtomic } from './atomic-file'

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
}

export const KEEP_RECENT = 10
export const KEEP_DAILY_DAYS = 7
export const KEEP_EXTERNAL = 10

const NAME = new RegExp(
  `^(${BACKUP_KINDS.join('|')})-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z(?:-(\\d+)s)?(?:-\\d+)?$`,
)

/** Ids are file names we made; anything else (slashes, dots) is refused before touching the disk. */
export const BACKUP_ID_PATTERN = /^[a-z-]+-\d{4}-\d{2}-\d{2}T[\d-]+Z(?:-\d+s)?(?:-\d+)?$/

export function backupsDirFor(vaultPath: string): string {
  return join(dirname(vaultPath), 'backups')
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

/** Newest first. Files that are not ours are left alone and not listed. */
export async function listBackupFiles(vaultPath: string): Promise<BackupFile[]> {
  const dir = backupsDirFor(vaultPath)
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
      (s) => s.size,
      () => null,
    )
    if (size !== null) files.push({ id, ...info, size, path })
  }
  return files.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
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

/** Copies the vault file as it is on disk; null when there is no file to copy. */
export async function backupVaultFile(vaultPath: string, backup: NewBackup): Promise<string | null> {
  try {
    await stat(vaultPath)
  } catch {
    return null
  }
  return uniqueTarget(vaultPath, backup, (target) => copyFile(vaultPath, target, constants.COPYFILE_EXCL))
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
  return readTextOrNull(join(backupsDirFor(vaultPath), `${id}.json`))
}

/**
 * Which backups to keep: the 10 newest, plus the newest of each of the last 7 days (UTC), so a
 * mistake noticed days later can still be undone. Versions kept from outside edits have their own
 * allowance of 10 so everyday saves never push them out.
 */
export function backupsToPrune(files: readonly BackupFile[], now: Date): BackupFile[] {
  const keep = new Set<string>()
  const rolling = files.filter((f) => f.kind !== 'external')
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
  files
    .filter((f) => f.kind === 'external')
    .slice(0, KEEP_EXTERNAL)
    .forEach((f) => keep.add(f.id))
  return files.filter((f) => !keep.has(f.id))
}

export async function pruneBackups(vaultPath: string, now: Date): Promise<void> {
  const files = await listBackupFiles(vaultPath)
  for (const file of backupsToPrune(files, now)) await unlink(file.path).catch(() => undefined)
}
