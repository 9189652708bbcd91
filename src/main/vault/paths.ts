import { homedir } from 'node:os'
import path from 'node:path'

export const APP_NAME = 'Story Vault'
export const VAULT_FILE_NAME = 'vault.json'

export interface VaultPathInput {
  /** The --vault command-line flag. */
  flag?: string
  env?: NodeJS.ProcessEnv
  platform?: NodeJS.Platform
  home?: string
  /** Where relative paths are resolved from. */
  cwd?: string
}

/**
 * Where the vault lives. Electron main, the browser host and the CLI all call this so they open the
 * same file: --vault, then STORY_VAULT_PATH, then Electron's userData folder for "Story Vault"
 * (computed here without Electron, the same way Electron does).
 */
export function resolveVaultPath(input: VaultPathInput = {}): string {
  const env = input.env ?? process.env
  const platform = input.platform ?? process.platform
  const home = input.home ?? homedir()
  const paths = platform === 'win32' ? path.win32 : path.posix
  const cwd = input.cwd ?? process.cwd()

  const chosen = input.flag?.trim() || env.STORY_VAULT_PATH?.trim()
  if (chosen) return paths.resolve(cwd, chosen)
  return paths.join(userDataDir(platform, env, home, paths), VAULT_FILE_NAME)
}

function userDataDir(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  home: string,
  paths: path.PlatformPath,
): string {
  if (platform === 'darwin') return paths.join(home, 'Library', 'Application Support', APP_NAME)
  if (platform === 'win32') {
    const appData = env.APPDATA || paths.join(home, 'AppData', 'Roaming')
    return paths.join(appData, APP_NAME)
  }
  const config = env.XDG_CONFIG_HOME || paths.join(home, '.config')
  return paths.join(config, APP_NAME)
}
