import { hostname } from 'node:os'
import { readFile, stat, unlink, utimes, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import lockfile from 'proper-lockfile'
import { AppFailure } from '../../shared/contract/result'

/**
 * One writer at a time, across processes: the app (or browser host) and any number of `story-vault`
 * commands. The lock is a folder next to the vault's real file (proper-lockfile: mkdir is atomic, the
 * holder refreshes its time stamp). A holder that died leaves it behind: it is taken over once its owner
 * process is known to be gone (same computer), or once it has not been refreshed for STALE_MS.
 */
const STALE_MS = 5_000
export const DEFAULT_LOCK_WAIT_MS = 15_000

export interface HeldLock {
  /** Throws when the lock was lost (the process stalled past the stale limit and another took it). */
  assertHeld(): void
}

export function lockPathFor(realPath: string): string {
  return join(dirname(realPath), `.${basename(realPath)}.lock`)
}

function ownerPathFor(realPath: string): string {
  return join(dirname(realPath), `.${basename(realPath)}.lock-owner`)
}

interface Owner {
  pid: number
  host: string
  /** Identifies the lock folder this owner made, so a note left by an earlier holder is never trusted. */
  ino: number
  born: number
}

function errorCode(error: unknown): string | undefined {
  return (error as { code?: unknown } | null)?.code as string | undefined
}

function processIsGone(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return false
  } catch (error) {
    return errorCode(error) === 'ESRCH'
  }
}

/** True when the lock folder was made by a process on this computer that no longer runs. */
async function ownerIsGone(realPath: string): Promise<boolean> {
  try {
    const [text, info] = await Promise.all([
      readFile(ownerPathFor(realPath), 'utf8'),
      stat(lockPathFor(realPath)),
    ])
    const owner = JSON.parse(text) as Owner
    return (
      owner.host === hostname() &&
      owner.ino === info.ino &&
      owner.born === info.birthtimeMs &&
      info.birthtimeMs > 0 &&
      owner.pid !== process.pid &&
      processIsGone(owner.pid)
    )
  } catch {
    return false
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function acquire(
  realPath: string,
  waitMs: number,
): Promise<{ held: HeldLock; release(): Promise<void> }> {
  const lockfilePath = lockPathFor(realPath)
  const deadline = Date.now() + waitMs
  let compromised: Error | undefined
  for (;;) {
    try {
      const release = await lockfile.lock(realPath, {
        realpath: false,
        lockfilePath,
        stale: STALE_MS,
        retries: 0,
        onCompromised: (error) => {
          compromised = error
          console.warn('[story-vault] lost the vault lock:', error.message)
        },
      })
      const info = await stat(lockfilePath)
      const owner: Owner = { pid: process.pid, host: hostname(), ino: info.ino, born: info.birthtimeMs }
      await writeFile(ownerPathFor(realPath), JSON.stringify(owner)).catch(() => undefined)
      return {
        held: {
          assertHeld: () => {
            if (compromised) throw busyFailure()
          },
        },
        release: async () => {
          await unlink(ownerPathFor(realPath)).catch(() => undefined)
          await release().catch(() => undefined)
        },
      }
    } catch (error) {
      if (errorCode(error) !== 'ELOCKED') {
        throw new AppFailure(
          'io',
          `Story Vault could not lock ${realPath} for saving: ${(error as Error).message}`,
        )
      }
      // A crashed holder: make its lock look stale, and proper-lockfile's own stale path removes it.
      if (await ownerIsGone(realPath)) await utimes(lockfilePath, 0, 0).catch(() => undefined)
      if (Date.now() > deadline) throw busyFailure()
      await sleep(3 + Math.random() * 20)
    }
  }
}

function busyFailure(): AppFailure {
  return new AppFailure(
    'unavailable',
    'The vault is busy: another Story Vault window or command kept saving it. Nothing was changed; try again.',
  )
}

/** Runs `work` while holding the vault's lock, waiting up to `waitMs` for another writer to finish. */
export async function withVaultLock<T>(
  realPath: string,
  work: (held: HeldLock) => Promise<T>,
  waitMs = DEFAULT_LOCK_WAIT_MS,
): Promise<T> {
  const { held, release } = await acquire(realPath, waitMs)
  try {
    return await work(held)
  } finally {
    await release()
  }
}
