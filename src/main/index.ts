import { join } from 'node:path'
import { app, dialog, session, type BrowserWindow } from 'electron'
import { registerAppScheme, serveRenderer } from './electron/app-protocol'
import { hardenBeforeReady } from './electron/hardening'
import { registerIpcHandlers } from './electron/ipc'
import { parseLaunchArgs } from './electron/launch-args'
import { registerApplicationMenu } from './electron/menu'
import { registerNavigationPolicy } from './electron/navigation'
import { renderPdfOffscreen } from './electron/pdf'
import { APP_ORIGIN, rendererOrigin } from './electron/policy'
import { createQuitGate } from './electron/quit-gate'
import { applySessionSecurity } from './electron/session-security'
import { claimSingleInstance } from './electron/single-instance'
import { openVaultOrAsk } from './electron/vault-open-failure'
import { closeAllWindows, createMainWindow, focusWindow } from './electron/window'
import { openAppServices, type AppServices } from './host/app-services'
import { resolveVaultPath, VAULT_FILE_NAME } from './vault'

// Composition only: each piece lives in src/main/electron/ with one job.
let mainWindow: BrowserWindow | undefined
/** Set once the vault is open: finishes calls in progress, then closes the vault (last write included). */
let shutdown: (() => Promise<void>) | undefined

hardenBeforeReady(app)
registerAppScheme()
// Electron's own data folder, which also holds the single-instance lock. Tests give each app its own, so
// parallel runs are not taken for a second launch (XDG_CONFIG_HOME would do that on Linux only).
if (process.env.STORY_VAULT_USER_DATA) app.setPath('userData', process.env.STORY_VAULT_USER_DATA)

async function start(): Promise<void> {
  const devServerUrl = (!app.isPackaged && process.env.ELECTRON_RENDERER_URL) || undefined
  const origin = rendererOrigin(devServerUrl)
  applySessionSecurity(session.defaultSession, origin, devServerUrl)
  registerNavigationPolicy(origin)
  serveRenderer(join(__dirname, '../renderer'))

  const { vault } = parseLaunchArgs(process.argv)
  const vaultPath =
    vault || process.env.STORY_VAULT_PATH
      ? resolveVaultPath({ flag: vault, env: process.env })
      : join(app.getPath('userData'), VAULT_FILE_NAME)
  const liveWindow = (): BrowserWindow | undefined =>
    mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined
  // A file that is not a vault (or a folder it cannot read) gets a dialog: choose another file, or quit.
  const opened = await openVaultOrAsk(
    vaultPath,
    (path) =>
      openAppServices(path, {
        emit: (event, payload) => liveWindow()?.webContents.send(event, payload),
        renderPdf: renderPdfOffscreen,
      }),
    {
      ask: async (prompt) => (await dialog.showMessageBox(prompt)).response,
      choose: (options) => dialog.showOpenDialog(options),
      log: (error) => console.error('[story-vault] could not open the vault:', error),
    },
  )
  if (!opened) {
    app.exit(0)
    return
  }
  const services: AppServices = opened.opened
  const ipc = registerIpcHandlers(services.handlers, () => mainWindow, origin)
  shutdown = () => ipc.idle().then(() => services.close())
  registerApplicationMenu((command) => liveWindow()?.webContents.send('menu:command', { command }))

  const openWindow = (): void => {
    mainWindow = createMainWindow({
      preloadPath: join(__dirname, '../preload/index.cjs'),
      rendererUrl: devServerUrl ?? `${APP_ORIGIN}/index.html`,
    })
    mainWindow.on('closed', () => (mainWindow = undefined))
  }
  openWindow()
  app.on('activate', () => (mainWindow ? focusWindow(mainWindow) : openWindow()))
}

if (claimSingleInstance(() => focusWindow(mainWindow))) {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  // Quit waits: windows close first (their last saves are sent), those calls finish, the vault closes.
  const quitGate = createQuitGate(
    async () => {
      await closeAllWindows()
      await shutdown?.()
    },
    () => app.quit(),
  )
  app.on('before-quit', (event) => {
    if (quitGate.holdQuit()) event.preventDefault()
  })
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[story-vault] could not start:', error)
      const reason = error instanceof Error ? error.message : String(error)
      dialog.showErrorBox('Story Vault could not start', `${reason}\n\nYour vault file has not been changed.`)
      app.exit(1)
    })
}
