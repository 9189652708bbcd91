import type { Session } from 'electron'
import { contentSecurityPolicy } from './policy'

/**
 * No permission (camera, notifications, geolocation…) is ever granted. In development the renderer comes
 * from the Vite dev server, whose responses get the CSP header here (app:// adds its own).
 */
export function applySessionSecurity(session: Session, devServerUrl: string | undefined): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  if (!devServerUrl) return
  const devOrigin = new URL(devServerUrl).origin
  const csp = contentSecurityPolicy({ devServerOrigin: devOrigin })
  session.webRequest.onHeadersReceived((details, callback) => {
    const isDevServer = details.url.startsWith(devOrigin)
    callback({
      responseHeaders: isDevServer
        ? { ...details.responseHeaders, 'Content-Security-Policy': [csp] }
        : details.responseHeaders,
    })
  })
}
