import { BrowserWindow } from 'electron'
import { mainWindowWebPreferences } from './policy'

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
  void window.loadURL(options.rendererUrl)
  return window
}

/** Brings an existing window to the front (second launch, dock click). */
export function focusWindow(window: BrowserWindow | undefined): void {
  if (!window || window.isDestroyed()) return
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
}
