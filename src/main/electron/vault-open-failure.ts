import { dirname } from 'node:path'
import { AppFailure } from '../../shared/contract/result'
import { CHOOSE_VAULT_HINT } from '../vault/store-messages'

// What the desktop app does when the vault will not open at startup (not a Story Vault file, a folder
// it cannot read, a lock it cannot take): say why, plainly, and offer another file or quitting.
// Kept free of Electron so it can be tested; src/main/index.ts passes in the native dialogs.

export const CHOOSE_ANOTHER = 'Choose another vault file…'
export const QUIT = 'Quit'

/** The fields of Electron's MessageBoxOptions this uses. */
export interface FailurePrompt {
  type: 'error'
  title: string
  message: string
  detail: string
  buttons: string[]
  defaultId: number
  cancelId: number
  noLink: boolean
}

/** The fields of Electron's OpenDialogOptions this uses. */
export interface ChooseVaultOptions {
  title: string
  defaultPath: string
  buttonLabel: string
  properties: Array<'openFile'>
  filters: Array<{ name: string; extensions: string[] }>
}

export interface VaultOpenUi {
  /** Shows the prompt (dialog.showMessageBox); resolves with the index of the button pressed. */
  ask(prompt: FailurePrompt): Promise<number>
  /** Lets the person pick a file (dialog.showOpenDialog). */
  choose(options: ChooseVaultOptions): Promise<{ canceled: boolean; filePaths: string[] }>
  log(error: unknown): void
}

/** Why the vault did not open, in the words the CLI and the browser host use (minus their --vault hint). */
export function openFailureReason(path: string, error: unknown): string {
  if (error instanceof AppFailure) {
    return error.message.endsWith(CHOOSE_VAULT_HINT)
      ? error.message.slice(0, -CHOOSE_VAULT_HINT.length).trimEnd()
      : error.message
  }
  const why = error instanceof Error ? error.message : String(error)
  return `Story Vault could not open ${path}: ${why}`
}

export function openFailurePrompt(path: string, error: unknown): FailurePrompt {
  return {
    type: 'error',
    title: 'Story Vault',
    message: 'Story Vault could not open your vault',
    detail: `${openFailureReason(path, error)}\n\nThe file was not changed. Choose another vault file, or quit.`,
    buttons: [CHOOSE_ANOTHER, QUIT],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  }
}

export function chooseVaultOptions(failedPath: string): ChooseVaultOptions {
  return {
    title: 'Choose your Story Vault file',
    defaultPath: dirname(failedPath),
    buttonLabel: 'Open vault',
    properties: ['openFile'],
    filters: [
      { name: 'Story Vault file', extensions: ['json'] },
      { name: 'All files', extensions: ['*'] },
    ],
  }
}

/**
 * Opens the vault at `path`; while that fails, asks the person to choose another file or quit.
 * Resolves with what `open` returned, or undefined when they chose to quit. Closing the file picker
 * without a choice goes back to the question.
 */
export async function openVaultOrAsk<T>(
  path: string,
  open: (path: string) => Promise<T>,
  ui: VaultOpenUi,
): Promise<{ path: string; opened: T } | undefined> {
  let current = path
  for (;;) {
    let failure: unknown
    try {
      return { path: current, opened: await open(current) }
    } catch (error) {
      ui.log(error)
      failure = error
    }
    let next: string | undefined
    while (next === undefined) {
      const pressed = await ui.ask(openFailurePrompt(current, failure))
      if (pressed !== 0) return undefined
      const picked = await ui.choose(chooseVaultOptions(current))
      next = picked.canceled ? undefined : picked.filePaths[0]
    }
    current = next
  }
}
