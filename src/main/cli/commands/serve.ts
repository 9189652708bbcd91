import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { AppFailure } from '../../../shared/contract/result'
import { startBrowserHost } from '../../host'
import { openInBrowser, openItYourself, whyNotOpenBrowser } from '../../host/open-browser'
import { renderPdfWithChromium } from '../../pdf/chromium-pdf'
import type { CliCommand } from '../types'

export interface ServeIo {
  out(line: string): void
  err(line: string): void
  env: NodeJS.ProcessEnv
  platform: NodeJS.Platform
  /** Resolved by the CLI from --vault (anywhere on the line), STORY_VAULT_PATH or the app's default. */
  vaultPath: string
  /** Defaults to out/renderer next to the bundled CLI (out/main/cli.js). */
  rendererDir?: string
  /** Opens the address in the desktop's browser, calling onFailure with why it could not (default: openInBrowser). */
  openBrowser?: (url: string, onFailure: (why: string) => void) => void
  /** Resolves when the server should stop (Ctrl+C); the default listens for SIGINT/SIGTERM. */
  stopSignal?: Promise<void>
}

const USAGE = 'Usage: story-vault serve [--port N] [--vault PATH] [--no-open]'

function untilInterrupted(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve())
    process.once('SIGTERM', () => resolve())
  })
}

/** Runs the browser host until interrupted; returns the exit code. */
export async function runServe(args: string[], io: ServeIo): Promise<number> {
  let values: { port?: string; 'no-open'?: boolean }
  try {
    ;({ values } = parseArgs({
      args,
      options: { port: { type: 'string' }, 'no-open': { type: 'boolean' } },
      strict: true,
    }))
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`)
    return 2
  }
  const port = values.port === undefined ? 0 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    io.err(`--port must be a whole number from 0 to 65535.\n${USAGE}`)
    return 2
  }
  const { vaultPath } = io
  let host
  try {
    // The CLI bundle sits in out/main/, next to the built renderer in out/renderer/.
    host = await startBrowserHost({
      vaultPath,
      port,
      rendererDir: io.rendererDir ?? join(__dirname, '../renderer'),
      renderPdf: renderPdfWithChromium,
    })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    io.err(
      code === 'EADDRINUSE'
        ? `Port ${port} is already in use. Pick another with --port, or leave it out for a free one.`
        : error instanceof AppFailure
          ? error.message // The vault itself was refused (not a vault file, say): say that, plainly.
          : `Story Vault could not start its local server: ${(error as Error).message}`,
    )
    return 1
  }
  io.out(`Story Vault is running at ${host.url}`)
  io.out(`Vault: ${vaultPath}`)
  io.out('Keep this terminal open while you use it; press Ctrl+C to stop.')
  const url = host.url
  const tellToOpen = (why: string) => openItYourself(url, why).forEach((line) => io.out(line))
  const noOpen = values['no-open'] ? '--no-open was given' : whyNotOpenBrowser(io.env, io.platform)
  if (noOpen !== undefined) tellToOpen(noOpen)
  else {
    io.out('Opening it in your browser…')
    const open = io.openBrowser ?? ((address, onFailure) => openInBrowser(address, io.platform, onFailure))
    open(url, tellToOpen)
  }
  await (io.stopSignal ?? untilInterrupted())
  await host.close()
  io.out('Story Vault stopped. Your vault is saved.')
  return 0
}

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'Open Story Vault in your web browser, served only to this computer.',
  usage: USAGE,
  run: (args, context) =>
    runServe(args, {
      out: (line) => context.stdout(`${line}\n`),
      err: (line) => context.stderr(`${line}\n`),
      env: context.env,
      platform: process.platform,
      vaultPath: context.vaultPath,
    }),
}
