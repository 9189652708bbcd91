import { join } from 'node:path'
import { app, dialog, session, type BrowserWindow } from 'electron'
import { registerAppScheme, serveRenderer } from './electron/app-protocol'
import { registerIpcHandlers } from './electron/ipc'
import { parseLaunchArgs } from './electron/launch-args'
import { registerApplicationMenu } from './electron/menu'
import { registerNavigationPolicy } from './electron/navigation'
import { renderPdfOffscreen } from './electron/pdf'
import { APP_ORIGIN, rendererOrigin } from './electron/policy'
import { applySessionSecurity } from './electron/session-security'
import { claimSingleInstance } from './electron/single-instance'
import { createMainWindow, focusWindow } from './electron/window'
import { openAppServices, type AppServices } from './host/app-services'
import { resolveVaultPath, VAULT_FILE_NAME } from './vault'

// Composition only: each piece lives in src/main/electron/ with one job.
let mainWindow: BrowserWindow | undefined
let services: AppServices | undefined

registerAppScheme()

async function start(): Promise<void> {
  const devServerUrl = (!app.isPackaged && process.env.ELECTRON_RENDERER_URL) || undefined
  const origin = rendererOrigin(devServerUrl)
  applySessionSecurity(session.defaultSession, devServerUrl)
  registerNavigationPolicy(origin)
  serveRenderer(join(__dirname, '../renderer'))

  const { vault } = parseLaunchArgs(process.argv)
  const vaultPath =
    vault || process.env.STORY_VAULT_PATH
      ? resolveVaultPath({ flag: vault, env: process.env })
      : join(app.getPath('userData'), VAULT_FILE_NAME)
  services = await openAppServices(vaultPath, {
    emit: (event, payload) => mainWindow?.webContents.send(event, payload),
    renderPdf: renderPdfOffscreen,
  })
  registerIpcHandlers(services.handlers, () => mainWindow, origin)
  registerApplicationMenu((command) => mainWindow?.webContents.send('menu:command', { command }))

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
  // The vault finishes its last write before the process ends.
  let closing = false
  app.on('before-quit', (event) => {
    if (!services || closing) return
    closing = true
    event.preventDefault()
    void services.close().finally(() => app.quit())
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
