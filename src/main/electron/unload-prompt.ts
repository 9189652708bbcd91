import type { BrowserWindow, MessageBoxSyncOptions } from 'electron'

export const LEAVE_PROMPT: MessageBoxSyncOptions = {
  type: 'warning',
  buttons: ['Stay', 'Close anyway'],
  defaultId: 0,
  cancelId: 0,
  message: 'Some of what you typed is not saved.',
  detail:
    'A field holds text that cannot be saved yet (it is marked in the editor), or the last save failed. Stay to fix it, or close and lose that text.',
}

type Ask = (window: BrowserWindow, options: MessageBoxSyncOptions) => number

/**
 * The page refuses to unload (its beforeunload found text it cannot save): Electron shows nothing by
 * itself, so ask here. Choosing "Close anyway" lets the close (or quit) go on. `ask` is
 * dialog.showMessageBoxSync, passed in so this can be tested without Electron.
 */
export function askBeforeLosingEdits(window: BrowserWindow, ask: Ask): void {
  window.webContents.on('will-prevent-unload', (event) => {
    if (ask(window, LEAVE_PROMPT) === 1) event.preventDefault()
  })
}
