import type { Session } from 'electron'
import { contentSecurityPolicy, isPermissionGranted } from './policy'

/**
 * No permission (camera, notifications, geolocation…) is granted; only our own page may write text to the
 * clipboard. In development the renderer comes from the Vite dev server, whose responses get the CSP header
 * here (app:// adds its own).
 */
export function applySessionSecurity(
  session: Session,
  rendererOrigin: string,
  devServerUrl: string | undefined,
): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionGranted(permission, details.requestingUrl, rendererOrigin)),
  )
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, rendererOrigin),
  )
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
