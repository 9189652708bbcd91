import { readFile, stat } from 'node:fs/promises'
import { extname, isAbsolute, relative, resolve } from 'node:path'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
}

export interface StaticFile {
  body: Buffer
  contentType: string
}

/**
 * Resolves a URL path to a file inside rootDir; never outside it. Paths without a file extension fall
 * back to index.html (the app is a single page). Returns undefined when there is nothing to serve.
 */
export async function loadStaticFile(rootDir: string, urlPath: string): Promise<StaticFile | undefined> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return undefined
  }
  if (decoded.includes('\0')) return undefined
  const wanted = decoded === '/' || extname(decoded) === '' ? '/index.html' : decoded
  // Resolved relative to the folder, so `..` (also as %2e%2e or after a decoded %2f) really climbs:
  // the folder guard below is what keeps every request inside, and the tests check exactly that.
  const file = resolve(rootDir, `.${wanted}`)
  const inside = relative(rootDir, file)
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return undefined
  try {
    if (!(await stat(file)).isFile()) return undefined
    return {
      body: await readFile(file),
      contentType: CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    }
  } catch {
    return undefined
  }
}
