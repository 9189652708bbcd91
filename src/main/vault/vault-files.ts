import { readdir, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { tempPrefix } from './atomic-file'
import { BACKUP_KINDS, backupsDirFor, fileStamp } from './backup-files'

/** A temp file younger than this may belong to a write still under way in another process. */
const STALE_TEMP_MS = 60_000

/** Identifies one version of the file cheaply (inode, size, modification time); null when missing. */
export async function statKey(path: string): Promise<string | null> {
  try {
    const s = await stat(path)
    return `${s.ino}:${s.size}:${s.mtimeMs}`
  } catch {
    return null
  }
}

async function removeOldFiles(dir: string, matches: (name: string) => boolean): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[])
  for (const name of names.filter(matches)) {
    const file = join(dir, name)
    const age = await stat(file).then(
      (s) => Date.now() - s.mtimeMs,
      () => 0,
    )
    if (age > STALE_TEMP_MS) await unlink(file).catch(() => undefined)
  }
}

const BACKUP_TEMP = new RegExp(`^\\.(${BACKUP_KINDS.join('|')})-.*\\.tmp$`)

/** Leftovers of writes a crash interrupted, next to the vault and in its backups folders. */
export async function removeStaleTempFiles(realPath: string): Promise<void> {
  const prefix = tempPrefix(realPath)
  await removeOldFiles(dirname(realPath), (n) => n.startsWith(prefix) && n.endsWith('.tmp'))
  await removeOldFiles(backupsDirFor(realPath), (n) => BACKUP_TEMP.test(n))
  await removeOldFiles(join(dirname(realPath), 'backups'), (n) => BACKUP_TEMP.test(n))
}

/** Renames an unreadable vault to `<name>.corrupt-<time>.json` beside it; returns the new path. */
export async function moveAside(realPath: string, now: Date): Promise<string> {
  const stem = basename(realPath).replace(/\.json$/i, '')
  for (let n = 0; ; n++) {
    const suffix = n === 0 ? '' : `-${n}`
    const target = join(dirname(realPath), `${stem}.corrupt-${fileStamp(now)}${suffix}.json`)
    if (await statKey(target)) continue
    await rename(realPath, target)
    return target
  }
}
