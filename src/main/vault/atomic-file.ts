import { randomBytes } from 'node:crypto'
import { open, readFile, rename, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { Adapter } from 'lowdb'

/** Errors that antivirus scanners, sync clients and Windows file locks cause for a moment. */
const TRANSIENT = new Set(['EBUSY', 'EPERM', 'EACCES', 'EAGAIN'])
const RETRY_DELAYS_MS = [10, 30, 80, 200, 500]

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined
}

async function withRetry<T>(operation: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await operation()
    } catch (error) {
      const delay = RETRY_DELAYS_MS[attempt]
      if (delay === undefined || !TRANSIENT.has(errorCode(error) ?? '')) throw error
      await new Promise((resolve) => setTimeout(resolve, delay))
    }
  }
}

/** The temp-file prefix, so a crashed write's leftovers can be recognised and cleaned up. */
export function tempPrefix(path: string): string {
  return `.${basename(path)}.`
}

async function fsyncDirectory(dir: string): Promise<void> {
  // Makes the rename itself durable. Windows cannot open a directory for syncing; that is expected.
  let handle
  try {
    handle = await open(dir, 'r')
    await handle.sync()
  } catch (error) {
    if (!['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'EBADF'].includes(errorCode(error) ?? '')) throw error
  } finally {
    await handle?.close()
  }
}

/**
 * Writes `text` so that `path` holds either the old or the new content, never a mix, even if the process
 * or the machine dies mid-way: temp file in the same directory, fsync, rename over the target, fsync dir.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const dir = dirname(path)
  const temp = join(dir, `${tempPrefix(path)}${randomBytes(6).toString('hex')}.tmp`)
  try {
    await withRetry(async () => {
      const handle = await open(temp, 'w', 0o600)
      try {
        await handle.writeFile(text, 'utf8')
        await handle.sync()
      } finally {
        await handle.close()
      }
    })
    await withRetry(() => rename(temp, path))
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
  await fsyncDirectory(dir)
}

/** The file's text, or null when it does not exist. */
export async function readTextOrNull(path: string): Promise<string | null> {
  try {
    return await withRetry(() => readFile(path, 'utf8'))
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null
    throw error
  }
}

/**
 * The vault file's text: compact JSON. A vault with years of practice runs to tens of megabytes, and
 * indentation made it a third larger and slower to write and read; people read their stories through
 * the app and its exports (JSON export stays indented), not this file.
 */
export function vaultFileText(data: unknown): string {
  return `${JSON.stringify(data)}\n`
}

export interface AtomicJsonFileOptions<T> {
  /** Turns the file's text into data; throw when it is not usable. */
  parse: (text: string) => T
  /** Told the exact text of every write once it is durable (the store hashes it to spot outside edits). */
  onWritten?: (text: string) => void
}

/**
 * A lowdb adapter that writes atomically and one write at a time, in call order. Each write's promise
 * resolves only when that write (not merely a later one) is on disk: no write is skipped or merged.
 */
export class AtomicJsonFile<T> implements Adapter<T> {
  private queue: Promise<unknown> = Promise.resolve()

  constructor(
    readonly path: string,
    private readonly options: AtomicJsonFileOptions<T>,
  ) {}

  async read(): Promise<T | null> {
    const text = await readTextOrNull(this.path)
    return text === null ? null : this.options.parse(text)
  }

  write(data: T): Promise<void> {
    // Serialised now, so a caller changing `data` afterwards cannot change what this write stores.
    const text = vaultFileText(data)
    const done = this.queue.then(async () => {
      await writeFileAtomic(this.path, text)
      this.options.onWritten?.(text)
    })
    this.queue = done.catch(() => undefined)
    return done
  }

  /** Resolves when every write started so far has finished. */
  async flush(): Promise<void> {
    await this.queue
  }
}
