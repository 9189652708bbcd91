import { describe, expect, it } from 'vitest'
import {
  APP_ORIGIN,
  contentSecurityPolicy,
  isAllowedExternalUrl,
  isFrameNavigationAllowed,
  isOwnRendererUrl,
  isPdfRequestAllowed,
  isPermissionGranted,
  PDF_DOCUMENT_CSP,
  pdfDocumentId,
  pdfDocumentUrl,
  isTrustedSender,
  mainWindowWebPreferences,
  rendererOrigin,
  type SenderFacts,
} from '../../../src/main/electron/policy'

describe('isAllowedExternalUrl', () => {
  it.each(['https://www.techinterviewhandbook.org/behavioral-interview/', 'mailto:someone@example.com'])(
    'lets %s open outside the app',
    (url) => expect(isAllowedExternalUrl(url)).toBe(true),
  )

  it.each([
    'http://example.com',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://story-vault/index.html',
    'smb://server/share',
    'ms-settings:privacy',
    'https://user:secret@example.com',
    'mailto:',
    'not a url',
    '',
  ])('keeps %s inside', (url) => expect(isAllowedExternalUrl(url)).toBe(false))
})

describe('CSP', () => {
  it('allows nothing remote and no eval or inline script in the packaged app', () => {
    const csp = contentSecurityPolicy()
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self';")
    expect(csp).toContain("object-src 'none'")
    expect(csp).not.toMatch(/unsafe-eval|https?:|\*/)
  })

  it('opens only the dev server origin in development', () => {
    const csp = contentSecurityPolicy({ devServerOrigin: 'http://localhost:5173' })
    expect(csp).toContain("connect-src 'self' http://localhost:5173 ws://localhost:5173")
    expect(csp).not.toContain('unsafe-eval')
  })
})

describe('renderer origin', () => {
  it('is app://story-vault when packaged and the dev server origin in development', () => {
    expect(rendererOrigin(undefined)).toBe(APP_ORIGIN)
    expect(rendererOrigin('http://localhost:5173/index.html')).toBe('http://localhost:5173')
  })

  it('recognises only URLs of that origin', () => {
    expect(isOwnRendererUrl('app://story-vault/index.html#/stories', APP_ORIGIN)).toBe(true)
    expect(isOwnRendererUrl('app://evil/index.html', APP_ORIGIN)).toBe(false)
    expect(isOwnRendererUrl('file:///tmp/index.html', APP_ORIGIN)).toBe(false)
    expect(isOwnRendererUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false)
    expect(isOwnRendererUrl(undefined, APP_ORIGIN)).toBe(false)
  })
})

describe('isTrustedSender', () => {
  const ours: SenderFacts = {
    frameUrl: 'app://story-vault/index.html',
    isMainFrame: true,
    senderId: 7,
    mainWindowId: 7,
  }

  it('trusts the top frame of our main window showing our renderer', () => {
    expect(isTrustedSender(ours, APP_ORIGIN)).toBe(true)
  })

  it.each<[string, Partial<SenderFacts>]>([
    ['another webContents', { senderId: 8 }],
    ['no main window yet', { mainWindowId: undefined }],
    ['an iframe', { isMainFrame: false }],
    ['a foreign page in our window', { frameUrl: 'https://example.com/' }],
    ['a file:// page', { frameUrl: 'file:///home/me/evil.html' }],
    ['a frame without a URL', { frameUrl: undefined }],
  ])('refuses %s', (_label, change) => {
    expect(isTrustedSender({ ...ours, ...change }, APP_ORIGIN)).toBe(false)
  })
})

describe('mainWindowWebPreferences', () => {
  it('keeps Node out of the page and turns on the sandbox and isolation', () => {
    expect(mainWindowWebPreferences('/app/out/preload/index.cjs')).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    })
  })
})

describe('isPermissionGranted', () => {
  it('lets our own page write text to the clipboard (copy outline)', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', `${APP_ORIGIN}/index.html`, APP_ORIGIN)).toBe(
      true,
    )
    expect(isPermissionGranted('clipboard-sanitized-write', APP_ORIGIN, APP_ORIGIN)).toBe(true)
  })

  it.each(['clipboard-read', 'media', 'notifications', 'geolocation', 'openExternal', 'unknown'])(
    'refuses %s even to our own page',
    (permission) => expect(isPermissionGranted(permission, `${APP_ORIGIN}/`, APP_ORIGIN)).toBe(false),
  )

  it('refuses clipboard writes to any other origin', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', 'https://example.com/', APP_ORIGIN)).toBe(false)
    expect(isPermissionGranted('clipboard-sanitized-write', undefined, APP_ORIGIN)).toBe(false)
  })
})

describe('PDF document URLs', () => {
  it('round-trips an id through its URL', () => {
    const url = pdfDocumentUrl('3f0c2a9e-1b7d-4c55-9e8a-0d6b1f2e4a77')
    expect(url).toBe('app://story-vault-pdf/3f0c2a9e-1b7d-4c55-9e8a-0d6b1f2e4a77.html')
    expect(pdfDocumentId(url)).toBe('3f0c2a9e-1b7d-4c55-9e8a-0d6b1f2e4a77')
  })

  it.each([
    'app://story-vault/index.html',
    'app://story-vault-pdf/',
    'app://story-vault-pdf/a/b.html',
    'app://story-vault-pdf/abc.html?x=1',
    'app://story-vault-pdf.evil/abc.html',
    'https://story-vault-pdf/abc.html',
    'app://story-vault-pdf/%E0%A4%A.html',
  ])('finds no document in %s', (url) => expect(pdfDocumentId(url)).toBeUndefined())

  it('lets the PDF window load only its sheet and the data: URLs inside it', () => {
    expect(isPdfRequestAllowed(pdfDocumentUrl('abc'))).toBe(true)
    expect(isPdfRequestAllowed('data:image/png;base64,iVBORw0KGgo=')).toBe(true)
    expect(isPdfRequestAllowed('https://fonts.example.com/font.woff2')).toBe(false)
    expect(isPdfRequestAllowed('file:///etc/passwd')).toBe(false)
    expect(isPdfRequestAllowed('app://story-vault/index.html')).toBe(false)
  })

  it('keeps the printed sheet inert: no script, nothing remote', () => {
    expect(PDF_DOCUMENT_CSP).toContain("default-src 'none'")
    expect(PDF_DOCUMENT_CSP).not.toMatch(/script-src|https?:|\*/)
  })
})

describe('isFrameNavigationAllowed', () => {
  it('lets the top frame move within our renderer', () => {
    expect(
      isFrameNavigationAllowed({ url: `${APP_ORIGIN}/index.html#stories`, isMainFrame: true }, APP_ORIGIN),
    ).toBe(true)
    const dev = 'http://localhost:5173'
    expect(isFrameNavigationAllowed({ url: `${dev}/index.html`, isMainFrame: true }, dev)).toBe(true)
  })

  it.each([
    'https://example.com/',
    'file:///etc/passwd',
    'app://story-vault-pdf/sheet.html',
    'javascript:alert(1)',
    'not a url',
  ])('stops the top frame from leaving for %s', (url) => {
    expect(isFrameNavigationAllowed({ url, isMainFrame: true }, APP_ORIGIN)).toBe(false)
  })

  it.each([`${APP_ORIGIN}/index.html`, 'about:blank', 'https://example.com/'])(
    'stops any sub-frame navigating, even to %s',
    (url) => {
      expect(isFrameNavigationAllowed({ url, isMainFrame: false }, APP_ORIGIN)).toBe(false)
    },
  )
})
