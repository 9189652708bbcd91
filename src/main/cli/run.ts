import { AppFailure } from '../../shared/contract/result'
import { fileSystemFailure } from '../contract/fs-failure'
import { openVaultStore, type OpenVaultOptions } from '../vault/store'
import type { VaultStore } from '../vault/store-types'
import { resolveVaultPath } from '../vault/paths'
import { COMMANDS } from './commands'
import { terminalSafe } from './terminal-text'
import { CliUsageError, type CliCommand, type CliContext, type CliIo } from './types'

export interface RunOptions extends CliIo {
  env?: NodeJS.ProcessEnv
  cwd?: string
  /** Whether stdout is a terminal: data written with stdoutData() is escaped only then. */
  stdoutIsTerminal?: boolean
  /** Where --debug sends warnings and stack traces (default: console.error as it was at the start). */
  debugLog?: (...parts: unknown[]) => void
}

interface GlobalArgs {
  vault?: string
  help: boolean
  debug: boolean
  command?: string
  rest: string[]
}

/** --vault, --help and --debug may come anywhere; the first other word is the command, the rest is its own. */
function splitGlobal(argv: readonly string[]): GlobalArgs {
  const result: GlobalArgs = { help: false, debug: false, rest: [] }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg === '--vault') {
      const value = argv[++i]
      if (value === undefined) throw new CliUsageError('--vault needs a file path.')
      result.vault = value
    } else if (arg.startsWith('--vault=')) result.vault = arg.slice('--vault='.length)
    else if (arg === '--help' || arg === '-h') result.help = true
    else if (arg === '--debug') result.debug = true
    else if (result.command === undefined && !arg.startsWith('-')) result.command = arg
    else result.rest.push(arg)
  }
  return result
}

export function usage(commands: readonly CliCommand[] = COMMANDS): string {
  const width = Math.max(...commands.map((c) => c.name.length))
  return [
    'Usage: story-vault [--vault PATH] [--debug] <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'The vault is --vault PATH, else $STORY_VAULT_PATH, else the Story Vault app’s own vault.',
    'Run `story-vault <command> --help` for a command’s options; --debug shows warnings and stack traces.',
    '',
  ].join('\n')
}

function healthNote(store: VaultStore): string | null {
  const health = store.health()
  if (health.kind === 'recovered') {
    return `note: ${health.reason} It was moved to ${health.movedTo} and an empty vault was started.${
      health.backupAvailable
        ? ' Restore a backup with `story-vault backup list` and `backup restore ID`.'
        : ''
    }`
  }
  if (health.kind === 'read-only') return `note: ${health.reason}`
  return null
}

/**
 * Warnings the vault store logs on the way to a failure (a backup that could not be written, say) come
 * with stack traces; on the command line they stay hidden unless --debug asks for them, so a failure
 * is one line.
 */
function routeConsole(debug: boolean, log: (...parts: unknown[]) => void): () => void {
  const saved = { warn: console.warn, error: console.error }
  const route = (...parts: unknown[]) => {
    if (debug) log(...parts)
  }
  console.warn = route
  console.error = route
  return () => Object.assign(console, saved)
}

/** Runs one command line and returns the exit code; every failure is one line on stderr. */
export async function runCli(argv: readonly string[], options: RunOptions): Promise<number> {
  // Everything printed is made terminal-safe; the data in the vault and in exported files is not touched.
  const stdout = (text: string) => options.stdout(terminalSafe(text))
  const stderr = (text: string) => options.stderr(terminalSafe(text))
  const stdoutData = (text: string) => options.stdout(options.stdoutIsTerminal ? terminalSafe(text) : text)
  const opened: VaultStore[] = []
  const debug = argv.includes('--debug')
  const debugLog = options.debugLog ?? console.error
  const restoreConsole = routeConsole(debug, debugLog)
  try {
    const global = splitGlobal(argv)
    if (global.command === undefined) {
      ;(global.help ? stdout : stderr)(usage())
      return global.help ? 0 : 2
    }
    const command = COMMANDS.find((c) => c.name === global.command)
    if (!command) throw new CliUsageError(`Unknown command "${global.command}". Run story-vault --help.`)
    if (global.help) {
      stdout(`${command.summary}\n\n${command.usage}\n`)
      return 0
    }
    const env = options.env ?? process.env
    const cwd = options.cwd ?? process.cwd()
    const context: CliContext = {
      stdout,
      stderr,
      stdoutData,
      env,
      cwd,
      vaultPath: resolveVaultPath({ flag: global.vault, env, cwd }),
      openVault: async (openOptions: OpenVaultOptions = {}) => {
        // A command is one short change: under the lock it builds on the latest file, never over it.
        const store = await openVaultStore(context.vaultPath, {
          watch: false,
          onOutsideChange: 'rebase',
          ...openOptions,
        })
        opened.push(store)
        const note = healthNote(store)
        if (note) stderr(`story-vault: ${note}\n`)
        return store
      },
    }
    return (await command.run(global.rest, context)) ?? 0
  } catch (error) {
    if (debug) debugLog(error)
    stderr(`story-vault: ${describe(error)}\n`)
    return error instanceof CliUsageError || isParseArgsError(error) ? 2 : 1
  } finally {
    await Promise.all(opened.map((store) => store.close()))
    restoreConsole()
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')
}

function describe(error: unknown): string {
  if (error instanceof AppFailure) {
    const first = error.details?.[0]
    return first ? `${error.message} (${first})` : error.message
  }
  const disk = fileSystemFailure(error)
  if (disk) return disk.message
  if (error instanceof Error) return error.message.split('\n')[0] ?? 'failed'
  return String(error)
}
