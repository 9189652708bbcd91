import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/** Header the renderer sends its per-run secret in; EventSource cannot set headers, so /api/events also takes ?token=. */
export const TOKEN_HEADER = 'x-story-vault-token'

export function newToken(): string {
  return randomBytes(32).toString('base64url')
}

/** Constant-time comparison (hashing first makes the lengths equal, so length does not leak either). */
export function tokensMatch(presented: string | undefined, expected: string): boolean {
  if (typeof presented !== 'string' || presented.length === 0) return false
  const a = createHash('sha256').update(presented).digest()
  const b = createHash('sha256').update(expected).digest()
  return timingSafeEqual(a, b)
}

/** Names this server answers to; anything else is a DNS-rebinding attempt or a misdirected request. */
export function allowedHosts(host: string, port: number): Set<string> {
  const names = new Set(['127.0.0.1', 'localhost', host])
  return new Set([...names].map((name) => (name.includes(':') ? `[${name}]:${port}` : `${name}:${port}`)))
}

export function isAllowedHostHeader(hostHeader: string | undefined, allowed: Set<string>): boolean {
  return typeof hostHeader === 'string' && allowed.has(hostHeader.toLowerCase())
}

/** Requests without an Origin (top-level navigation, same-origin GET) pass; a present Origin must be ours. */
export function isAllowedOrigin(originHeader: string | undefined, allowed: Set<string>): boolean {
  if (originHeader === undefined) return true
  let url: URL
  try {
    url = new URL(originHeader)
  } catch {
    return false
  }
  return url.protocol === 'http:' && url.pathname === '/' && allowed.has(url.host.toLowerCase())
}
