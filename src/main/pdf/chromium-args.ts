/**
 * The flags Story Vault launches Chromium with: no network chatter, no GPU, no profile setup. Imports
 * nothing, so Playwright's config and the scripts can load it too.
 */
export const CHROMIUM_BASE_ARGS = [
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/**
 * For test and tooling browsers (e2e, benches, screenshots), which run as root on the build machines
 * where Chromium's sandbox cannot start. The app's PDF renderer chooses per launch: pdfLaunchPlan().
 */
export const CHROMIUM_ARGS = [...CHROMIUM_BASE_ARGS, '--no-sandbox']

export interface PdfLaunchAttempt {
  /** Passed to Playwright as chromiumSandbox (Playwright adds --no-sandbox itself when false). */
  sandbox: boolean
  args: string[]
  /** Said in a log line when this attempt is the one that runs without the sandbox. */
  why?: string
}

/**
 * The launches to try for PDF export, in order. Chromium's sandbox stays on wherever it works; it is
 * dropped only as root (where Chromium refuses to start with it) or, after a failed start, for one retry.
 */
export function pdfLaunchPlan(isRoot: boolean): PdfLaunchAttempt[] {
  const unsandboxed = (why: string): PdfLaunchAttempt => ({
    sandbox: false,
    args: [...CHROMIUM_BASE_ARGS, '--no-sandbox'],
    why,
  })
  if (isRoot) return [unsandboxed('running as root, where Chromium cannot use its sandbox')]
  return [
    { sandbox: true, args: [...CHROMIUM_BASE_ARGS] },
    unsandboxed('the sandboxed Chromium did not start'),
  ]
}

/** True when this process runs as root (POSIX); Windows has no getuid and no such restriction. */
export function runningAsRoot(getuid: (() => number) | undefined = process.getuid): boolean {
  return getuid?.() === 0
}
