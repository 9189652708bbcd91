import { readlink, realpath } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'

const MAX_LINKS = 40

function errorCode(error: unknown): string | undefined {
  return (error as { code?: unknown } | null)?.code as string | undefined
}

/**
 * The file a vault path really names: symbolic links followed, even when the target does not exist
 * yet. Writes, backups and the lock all use it, so `vault.json → Dropbox/real.json` keeps the link and
 * writes the file it points to.
 */
export async function realVaultPath(path: string): Promise<string> {
  try {
    return await realpath(path)
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error
  }
  // Missing file, or a link to a missing file: follow the links by hand.
  let current = resolve(path)
  for (let hops = 0; hops < MAX_LINKS; hops++) {
    let target: string
    try {
      target = await readlink(current)
    } catch {
      break
    }
    current = resolve(dirname(current), target)
  }
  const dir = await realpath(dirname(current)).catch(() => dirname(current))
  return join(dir, basename(current))
}
