import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const OUTPUTS = ['out/main/index.js', 'out/main/cli.js', 'out/preload/index.cjs', 'out/renderer/index.html']
const SOURCES = ['src', 'content', 'electron.vite.config.ts', 'package.json']

function newestMtime(path) {
  if (!existsSync(path)) return 0
  const stats = statSync(path)
  if (!stats.isDirectory()) return stats.mtimeMs
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    stats.mtimeMs,
  )
}

/** Why a build is needed (missing or older than the sources), or undefined when out/ is current. */
export function staleReason() {
  const missing = OUTPUTS.find((file) => !existsSync(join(ROOT, file)))
  if (missing) return `${missing} is missing`
  const built = Math.min(...OUTPUTS.map((file) => statSync(join(ROOT, file)).mtimeMs))
  const changed = Math.max(...SOURCES.map((path) => newestMtime(join(ROOT, path))))
  return changed > built ? 'sources changed since the last build' : undefined
}

/** Runs `electron-vite build` when out/ is missing or stale; exits the process if the build fails. */
export function ensureBuilt(log = console.log) {
  const reason = staleReason()
  if (!reason) return
  log(`Building Story Vault (${reason})…`)
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  )
  if (result.status !== 0) {
    console.error('The build failed; see the errors above.')
    process.exit(result.status ?? 1)
  }
}

/** The Electron executable if it has been downloaded, else undefined (never triggers a download). */
export function electronBinary() {
  const pathFile = join(ROOT, 'node_modules/electron/path.txt')
  if (!existsSync(pathFile)) return undefined
  const binary = join(ROOT, 'node_modules/electron/dist', readFileSyncTrim(pathFile))
  return existsSync(binary) ? binary : undefined
}

function readFileSyncTrim(file) {
  return readFileSync(file, 'utf8').trim()
}

/** Linux needs an X11 or Wayland display for a window; macOS and Windows always have one. */
export function hasDisplay(env = process.env, platform = process.platform) {
  return platform !== 'linux' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY)
}
