import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '../../..')
export const BUNDLE = join(ROOT, 'out', 'main', 'cli.js')

function newestSource(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs)
  }
  return newest
}

/** Builds out/ when the bundled CLI is missing or older than the sources it is built from. */
export function ensureBuiltCli(): void {
  const sources = Math.max(...['src/main', 'src/shared', 'content'].map((d) => newestSource(join(ROOT, d))))
  if (!existsSync(BUNDLE) || statSync(BUNDLE).mtimeMs < sources) {
    execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'ignore' })
  }
}
