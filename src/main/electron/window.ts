import { BrowserWindow, dialog } from 'electron'
import { mainWindowWebPreferences } from './policy'
import { askBeforeLosingEdits } from './unload-prompt'

export interface MainWindowOptions {
  preloadPath: string
  rendererUrl: string
}

/** The one app window: sandboxed, context-isolated, no Node in the page. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 840,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Story Vault',
    webPreferences: mainWindowWebPreferences(options.preloadPath),
  })
  window.once('ready-to-show', () => window.show())
  askBeforeLosingEdits(window, (parent, options) => dialog.showMessageBoxSync(parent, options))
  // A page that fails to load never becomes ready-to-show; an invisible window would keep the app alive.
  window.webContents.once('did-fail-load', () => {
    if (!window.isDestroyed() && !window.isVisible()) window.show()
  })
  window.loadURL(options.rendererUrl).catch((error: unknown) => {
    console.error('[story-vault] the window could not load its page:', error)
  })
  return window
}

/** Brings an existing window to the front (second launch, dock click). */
export function focusWindow(window: BrowserWindow | undefined): void {
  if (!window || window.isDestroyed()) return
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
}

/**
 * Closes every window and waits until they are gone, so each page's beforeunload/pagehide save is sent
 * before the vault closes. A window that refuses to close is waited for at most `timeoutMs`.
 */
export function closeAllWindows(timeoutMs = 5_000): Promise<void> {
  const open = BrowserWindow.getAllWindows().filter((window) => !window.isDestroyed())
  const closed = open.map(
    (window) =>
      new Promise<void>((done) => {
        const timer = setTimeout(done, timeoutMs)
        window.once('closed', () => {
          clearTimeout(timer)
          done()
        })
        window.close()
      }),
  )
  return Promise.all(closed).then(() => undefined)
}
