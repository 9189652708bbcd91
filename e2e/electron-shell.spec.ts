import { expect, test } from './fixtures'

// What only a real Electron run shows: how app:// serves the renderer, and main's own PDF printing.
test.describe('electron shell', () => {
  test.beforeEach(({ appHost }) => {
    test.skip(appHost !== 'electron', 'checks the Electron shell')
  })

  test('app:// serves the renderer with a CSP, JavaScript MIME types and nothing outside it', async ({
    app,
  }) => {
    const served = await app.page.evaluate(async () => {
      const page = await fetch(location.href)
      const script = document.querySelector<HTMLScriptElement>('script[type="module"]')?.src ?? ''
      const scriptType = script ? (await fetch(script)).headers.get('content-type') : null
      // An encoded slash survives URL parsing: out/renderer/../../package.json exists and must not be served.
      const escape = await fetch(`${location.origin}/..%2f..%2fpackage.json`)
      return {
        origin: location.origin,
        csp: page.headers.get('content-security-policy') ?? '',
        pageType: page.headers.get('content-type'),
        scriptType,
        escapeStatus: escape.status,
      }
    })
    expect(served.origin).toBe('app://story-vault')
    expect(served.csp).toContain("script-src 'self'")
    expect(served.pageType).toMatch(/^text\/html/)
    expect(served.scriptType).toMatch(/^text\/javascript/)
    expect(served.escapeStatus).toBe(404)
  })

  test('main prints a cheat sheet to PDF in its hidden window', async ({ app }) => {
    const result = await app.page.evaluate(async () => {
      const bridge = (
        window as unknown as {
          storyVault: { invoke(channel: string, ...args: unknown[]): Promise<unknown> }
        }
      ).storyVault
      return (await bridge.invoke('cheatsheets:render-pdf', { spec: { paper: 'letter' } })) as {
        ok: boolean
        value?: { base64: string }
      }
    })
    expect(result.ok).toBe(true)
    const bytes = Buffer.from(result.value?.base64 ?? '', 'base64')
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    // The hidden print window is gone afterwards.
    const windows = await app.electronApp?.evaluate(
      ({ BrowserWindow }) => BrowserWindow.getAllWindows().length,
    )
    expect(windows).toBe(1)
  })
})
