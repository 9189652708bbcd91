/**
 * Security decisions for the Electron shell and the browser host, kept free of 'electron' so they run
 * (and are unit-tested) under plain Node.
 */

/** The scheme and host the packaged renderer is served from inside Electron (see app-protocol.ts). */
export const APP_SCHEME = 'app'
export const APP_HOST = 'story-vault'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

const BASE_POLICY: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  // Inline style attributes cannot run code; with connect/img/font limited to 'self' they cannot leak data.
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-src': "'none'",
  'frame-ancestors': "'none'",
  'worker-src': "'self'",
}

/**
 * The Content-Security-Policy sent with every renderer response: nothing remote, no eval, no inline script.
 * The Vite dev server (electron-vite dev only) needs its inline React-refresh preamble and a websocket.
 */
export function contentSecurityPolicy(options: { devServerOrigin?: string } = {}): string {
  const policy = { ...BASE_POLICY }
  if (options.devServerOrigin) {
    const ws = options.devServerOrigin.replace(/^http/, 'ws')
    policy['script-src'] = `'self' 'unsafe-inline' ${options.devServerOrigin}`
    policy['connect-src'] = `'self' ${options.devServerOrigin} ${ws}`
  }
  return Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources}`)
    .join('; ')
}

/**
 * Cheat sheets are printed from app://story-vault-pdf/<id> in their own session (see pdf.ts): a URL, not
 * a data: URL, because Chromium refuses to load URLs over 2 MB and a long sheet, percent-encoded, gets there.
 */
export const PDF_DOCUMENT_ORIGIN = `${APP_SCHEME}://story-vault-pdf`

/** The printed sheet is inert: its own inline styles and data: images/fonts, nothing else. */
export const PDF_DOCUMENT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'"

export function pdfDocumentUrl(id: string): string {
  return `${PDF_DOCUMENT_ORIGIN}/${encodeURIComponent(id)}.html`
}

/** The document id in a pdfDocumentUrl(), or undefined for any other URL. */
export function pdfDocumentId(raw: string): string | undefined {
  const match = /^app:\/\/story-vault-pdf\/([^/?#]+)\.html$/.exec(raw)
  if (!match?.[1]) return undefined
  try {
    return decodeURIComponent(match[1])
  } catch {
    return undefined
  }
}

/** The PDF session loads the sheet itself and the data: URLs inside it; every other request is cancelled. */
export function isPdfRequestAllowed(raw: string): boolean {
  return raw.startsWith('data:') || pdfDocumentId(raw) !== undefined
}

function parseUrl(raw: string): URL | undefined {
  try {
    return new URL(raw)
  } catch {
    return undefined
  }
}

/** Links the person clicks may leave the app only for the web (https) and email; never file:, http:, custom schemes. */
export function isAllowedExternalUrl(raw: string): boolean {
  const url = parseUrl(raw)
  if (!url) return false
  if (url.protocol === 'mailto:') return url.pathname.length > 0
  return url.protocol === 'https:' && url.hostname.length > 0 && !url.username && !url.password
}

/** The origin our own renderer is loaded from: the packaged app protocol, or the dev server. */
export function rendererOrigin(devServerUrl: string | undefined): string {
  const dev = devServerUrl ? parseUrl(devServerUrl) : undefined
  return dev ? dev.origin : APP_ORIGIN
}

/** True when a URL belongs to our renderer (same origin as where we loaded it). */
export function isOwnRendererUrl(raw: string | undefined, origin: string): boolean {
  if (!raw) return false
  const url = parseUrl(raw)
  if (!url) return false
  // URL.origin is the string "null" for non-special schemes such as app:, so compare scheme + host.
  const expected = parseUrl(origin)
  if (!expected) return false
  return url.protocol === expected.protocol && url.host === expected.host
}

/** What will-frame-navigate tells about a navigation a page started (loadURL does not emit it). */
export interface FrameNavigation {
  url: string
  isMainFrame: boolean
}

/**
 * Frames may not navigate at all (the renderer has none of its own and its CSP allows no frame source,
 * so any frame is injected); the top frame may only move within our renderer.
 */
export function isFrameNavigationAllowed(navigation: FrameNavigation, origin: string): boolean {
  return navigation.isMainFrame && isOwnRendererUrl(navigation.url, origin)
}

export interface SenderFacts {
  /** The URL of the frame that sent the message (event.senderFrame?.url). */
  frameUrl: string | undefined
  /** Whether the frame is the top frame of its page (iframes never talk to main). */
  isMainFrame: boolean
  /** The id of the webContents that sent it, and of our main window's webContents. */
  senderId: number
  mainWindowId: number | undefined
}

/** A call is dispatched only when it comes from our main window's top frame showing our renderer. */
export function isTrustedSender(sender: SenderFacts, origin: string): boolean {
  if (sender.mainWindowId === undefined || sender.senderId !== sender.mainWindowId) return false
  if (!sender.isMainFrame) return false
  return isOwnRendererUrl(sender.frameUrl, origin)
}

/**
 * Web permissions are refused, except writing plain text to the clipboard from our own renderer (the
 * search palette's "copy outline"); Electron asks for 'clipboard-sanitized-write' before writeText().
 */
export function isPermissionGranted(
  permission: string,
  requestingUrl: string | undefined,
  origin: string,
): boolean {
  return permission === 'clipboard-sanitized-write' && isOwnRendererUrl(requestingUrl, origin)
}

/** webPreferences of the app window: no Node, separate JS worlds, Chromium's sandbox, web security on. */
export function mainWindowWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    spellcheck: true,
  } as const
}
