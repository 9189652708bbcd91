import { spawn } from 'node:child_process'

/** Why a browser will not be opened automatically, or undefined when it can be. */
export function whyNotOpenBrowser(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string | undefined {
  if (env.CI) return 'running in CI'
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return 'no display found'
  return undefined
}

/** Asks the desktop to open a URL in the default browser; failures are reported, never thrown. */
export function openInBrowser(
  url: string,
  platform: NodeJS.Platform,
  onError: (message: string) => void,
): void {
  const [command, args] =
    platform === 'darwin'
      ? ['open', [url]]
      : platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url.replace(/&/g, '^&')]]
        : ['xdg-open', [url]]
  try {
    const child = spawn(command, args as string[], { stdio: 'ignore', detached: true })
    child.on('error', () =>
      onError(`Could not open a browser (${command} is missing). Open the address above yourself.`),
    )
    child.unref()
  } catch {
    onError('Could not open a browser. Open the address above yourself.')
  }
}
