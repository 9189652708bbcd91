import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/**
 * Playwright's chromium (or anything that says where its browser is). Callers pass it in, having loaded
 * playwright-core themselves: importing it here would make every CLI command pay ~1 s to load it.
 */
export interface PlaywrightChromium {
  executablePath(): string
}

export interface ChromiumLocation {
  path: string
  source: 'CHROMIUM_PATH' | "Playwright's own" | 'system'
}

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium']

/** How a person gets a Chromium for PDF export, in one sentence. */
export const HOW_TO_GET_CHROMIUM =
  'Install it (Debian/Ubuntu: `sudo apt-get install chromium`; or `npx playwright install chromium` on a machine with internet), or point CHROMIUM_PATH at one.'

function playwrightChromium(chromium: PlaywrightChromium): string | undefined {
  try {
    const path = chromium.executablePath()
    return path && existsSync(path) ? path : undefined
  } catch {
    return undefined
  }
}

function onPath(name: string): string | undefined {
  try {
    const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim()
    return found || undefined
  } catch {
    return undefined
  }
}

/** Finds a Chromium: CHROMIUM_PATH, Playwright's own, then the system's (scripts/e2e.mjs uses this too). */
export function findChromium(
  env: NodeJS.ProcessEnv,
  playwright: PlaywrightChromium,
): ChromiumLocation | undefined {
  const fromEnv = env.CHROMIUM_PATH
  if (fromEnv) return existsSync(fromEnv) ? { path: fromEnv, source: 'CHROMIUM_PATH' } : undefined
  const bundled = playwrightChromium(playwright)
  if (bundled) return { path: bundled, source: "Playwright's own" }
  const known = SYSTEM_CHROMIUMS.find((path) => existsSync(path))
  if (known) return { path: known, source: 'system' }
  if (process.platform === 'win32') return undefined
  const found = onPath('chromium') ?? onPath('chromium-browser')
  return found ? { path: found, source: 'system' } : undefined
}
