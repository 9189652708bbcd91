import type { OpenVaultOptions } from '../vault/store'
import type { VaultStore } from '../vault/store-types'

export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
}

export interface CliContext extends CliIo {
  /**
   * For file contents sent to stdout (`export` without --out): written byte for byte when stdout is a
   * pipe or file, escaped like all other output when it is a terminal. stdout() and stderr() always escape.
   */
  stdoutData(text: string): void
  /** The vault chosen by --vault, STORY_VAULT_PATH or the app's default location. */
  vaultPath: string
  env: NodeJS.ProcessEnv
  cwd: string
  /**
   * Opens the vault (not watched unless asked); the CLI closes it when the command ends. Commands that
   * only read pass { readOnly: true }: then nothing on disk is written, moved or cleaned.
   */
  openVault(options?: OpenVaultOptions): Promise<VaultStore>
}

/** One `story-vault <name>` command. Register it with one line in cli/commands/index.ts. */
export interface CliCommand {
  name: string
  /** One line for `story-vault --help`. */
  summary: string
  /** Usage lines for `story-vault <name> --help`. */
  usage: string
  /** Resolves to the exit code (0 when nothing is returned). Throw CliUsageError or AppFailure to fail. */
  run(args: string[], context: CliContext): Promise<number | void>
}

/** A mistake in how the command was typed: exit code 2 and the usage line. */
export class CliUsageError extends Error {}
