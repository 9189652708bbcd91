import type { IncomingMessage } from 'node:http'
import { LIMITS } from '../../shared/story/limits'

/**
 * The largest import the app accepts plus headroom for JSON escaping, so an import near its limit gets
 * the import's own precise message rather than this transport-level refusal.
 */
export const MAX_BODY_BYTES = Math.ceil(LIMITS.importBytes * 1.6)

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`Request body is larger than ${Math.round(limit / 1024 / 1024)} MB.`)
  }
}

/** Reads the whole body, refusing (without buffering the rest) as soon as it passes the limit. */
export async function readBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(request.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLargeError(limit)
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    const buffer = chunk as Buffer
    size += buffer.length
    if (size > limit) throw new BodyTooLargeError(limit)
    chunks.push(buffer)
  }
  return Buffer.concat(chunks)
}
