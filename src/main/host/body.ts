import type { IncomingMessage } from 'node:http'
import { LIMITS } from '../../shared/story/limits'

/**
 * The largest import the app accepts plus headroom for JSON escaping, so an import near its limit gets
 * the import's own precise message rather than this transport-level refusal.
 */
export const MAX_BODY_BYTES = Math.ceil(LIMITS.importBytes * 1.6)

/**
 * All request bodies being received or handled at once, together. Two of the largest fit, so one person
 * importing while the app saves never meets it; a burst of large bodies does, instead of the host's
 * memory growing with every one of them.
 */
export const MAX_IN_FLIGHT_BYTES = 2 * MAX_BODY_BYTES

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`Request body is larger than ${Math.round(limit / 1024 / 1024)} MB.`)
  }
}

/** Too many bytes are already being received by other requests; the caller may try again shortly. */
export class HostBusyError extends Error {
  constructor(readonly limit: number) {
    super(`Requests in progress already hold ${Math.round(limit / 1024 / 1024)} MB.`)
  }
}

/** Counts the bytes of every body being received or handled; each request releases its share when done. */
export class BodyBudget {
  private used = 0

  constructor(readonly limit = MAX_IN_FLIGHT_BYTES) {}

  get inUse(): number {
    return this.used
  }

  /** Takes `bytes` from the budget, or throws HostBusyError (taking nothing) when they do not fit. */
  take(bytes: number): void {
    if (this.used + bytes > this.limit) throw new HostBusyError(this.limit)
    this.used += bytes
  }

  give(bytes: number): void {
    this.used = Math.max(0, this.used - bytes)
  }
}

export interface BodyLease {
  body: Buffer
  /** Returns the body's bytes to the budget; call once the request has been answered. */
  release(): void
}

/**
 * Reads the whole body, refusing (without buffering the rest) as soon as it passes the per-request limit
 * or the shared in-flight budget. On refusal everything taken from the budget is given back.
 */
export async function readBody(
  request: IncomingMessage,
  limit = MAX_BODY_BYTES,
  budget = new BodyBudget(Infinity),
): Promise<BodyLease> {
  const declared = Number(request.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLargeError(limit)
  if (Number.isFinite(declared) && budget.inUse + declared > budget.limit)
    throw new HostBusyError(budget.limit)
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of request) {
      const buffer = chunk as Buffer
      if (size + buffer.length > limit) throw new BodyTooLargeError(limit)
      budget.take(buffer.length)
      size += buffer.length
      chunks.push(buffer)
    }
  } catch (error) {
    budget.give(size)
    throw error
  }
  let released = false
  return {
    body: Buffer.concat(chunks),
    release: () => {
      if (!released) budget.give(size)
      released = true
    },
  }
}
