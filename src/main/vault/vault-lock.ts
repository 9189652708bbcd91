import { hostname } from 'node:os'
import { randomBytes } from 'node:crypto'
import { readdir, readFile, unlink, utimes, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import lockfile from 'proper-lockfile'
import { AppFailure } from '../../shared/contract/result'

/**
 * One writer at a time, across processes: the app (or browser host) and any number of `story-vault`
 * commands. The lock is a folder next to the vault's real file (proper-lockfile: mkdir is atomic, the
 * holder refreshes its time stamp). A holder that died leaves it behind: it is taken over once every
 * process that noted it wanted the lock is known to be gone (same computer), or once the lock has not
 * been refreshed for STALE_MS (another computer on a shared drive, say).
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

/** Each process that wants the lock first leaves a note saying so: `.<name>.lock-owner-<pid>-<random>`. */
function ownerPrefix(realPath: string): string {
  return `.${basename(realPath)}.lock-owner-`
}

interface Owner {
  pid: number
  host: string
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

/**
 * True when everyone who might hold the lock is known to be dead: every note is from a process on this
 * computer that no longer runs. Notes are written before taking the lock and removed after letting it go,
 * so a live holder (or a process about to hold it) always has one; a note that cannot be read counts
 * as alive. The dead ones' notes are removed.
 */
async function holdersAreGone(realPath: string, ownNote: string): Promise<boolean> {
  const dir = dirname(realPath)
  const prefix = ownerPrefix(realPath)
  const names = (await readdir(dir).catch(() => [] as string[])).filter(
    (n) => n.startsWith(prefix) && n !== basename(ownNote),
  )
  if (names.length === 0) return false
  const dead: string[] = []
  for (const name of names) {
    try {
      const owner = JSON.parse(await readFile(join(dir, name), 'utf8')) as Owner
      if (owner.host !== hostname() || owner.pid === process.pid || !processIsGone(owner.pid)) return false
      dead.push(name)
    } catch {
      return false
    }
  }
  await Promise.all(dead.map((name) => unlink(join(dir, name)).catch(() => undefined)))
  return true
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function acquire(
  realPath: string,
  waitMs: number,
): Promise<{ held: HeldLock; release(): Promise<void> }> {
  const lockfilePath = lockPathFor(realPath)
  const deadline = Date.now() + waitMs
  const note = join(
    dirname(realPath),
    `${ownerPrefix(realPath)}${process.pid}-${randomBytes(4).toString('hex')}`,
  )
  const owner: Owner = { pid: process.pid, host: hostname() }
  await writeFile(note, JSON.stringify(owner)).catch(() => undefined)
  const dropNote = () => unlink(note).catch(() => undefined)
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
      return {
        held: {
          assertHeld: () => {
            if (compromised) throw busyFailure()
          },
        },
        release: async () => {
          await release().catch(() => undefined)
          await dropNote()
        },
      }
    } catch (error) {
      if (errorCode(error) !== 'ELOCKED') {
        await dropNote()
        throw new AppFailure(
          'io',
          `Story Vault could not lock ${realPath} for saving: ${(error as Error).message}`,
        )
      }
      // A crashed holder: make its lock look stale, and proper-lockfile's own stale path removes it.
      if (await holdersAreGone(realPath, note)) await utimes(lockfilePath, 0, 0).catch(() => undefined)
      if (Date.now() > deadline) {
        await dropNote()
        throw busyFailure()
      }
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
