import { spawn } from 'node:child_process'

/** Why a browser will not be opened automatically, or undefined when it can be. */
export function whyNotOpenBrowser(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string | undefined {
  if (env.CI) return 'running in CI'
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return 'no display found'
  return undefined
}

/** The lines that tell a person to open the address themselves, and why it was not opened for them. */
export function openItYourself(url: string, why: string): string[] {
  return [
    '',
    'Open this address in your browser (it includes the key for this session):',
    `  ${url}`,
    `(No browser was opened for you: ${why}.)`,
  ]
}

/** The desktop's "open this URL" command. */
export function browserCommand(url: string, platform: NodeJS.Platform): [string, string[]] {
  if (platform === 'darwin') return ['open', [url]]
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""', url.replace(/&/g, '^&')]]
  return ['xdg-open', [url]]
}

/**
 * Asks the desktop to open a URL in the default browser. When that cannot happen (the command is
 * missing, or it exits with an error, as xdg-open does when it finds no browser), onFailure gets the
 * reason once; nothing is thrown.
 */
export function openInBrowser(
  url: string,
  platform: NodeJS.Platform,
  onFailure: (why: string) => void,
  [command, args]: [string, string[]] = browserCommand(url, platform),
): void {
  let reported = false
  const fail = (why: string) => {
    if (!reported) onFailure(why)
    reported = true
  }
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true })
    child.on('error', () => fail(`${command} could not be run`))
    child.on('exit', (code) => {
      if (code !== 0 && code !== null) fail(`${command} found no browser to open (exit code ${code})`)
    })
    child.unref()
  } catch {
    fail(`${command} could not be run`)
  }
}
