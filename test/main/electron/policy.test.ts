import { describe, expect, it } from 'vitest'
import {
  APP_ORIGIN,
  contentSecurityPolicy,
  isAllowedExternalUrl,
  isOwnRendererUrl,
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
