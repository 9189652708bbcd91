import { expect, test } from './fixtures'

test.describe('browser host', () => {
  test.beforeEach(({ appHost }) => {
    test.skip(appHost !== 'browser-host', 'checks the HTTP server of the browser host')
  })

  test('refuses calls without the session key or from another origin', async ({ app }) => {
    const printed = new URL(app.serverUrl ?? '')
    const token = printed.searchParams.get('token') ?? ''
    const endpoint = `${printed.origin}/api/invoke/vault:open`
    const call = (headers: Record<string, string>) =>
      fetch(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: '{"args":[]}',
      })

    const withoutToken = await call({})
    expect([401, 403]).toContain(withoutToken.status)
    expect(await withoutToken.json()).toMatchObject({ ok: false })

    const wrongToken = await call({ 'X-Story-Vault-Token': `${token}x` })
    expect([401, 403]).toContain(wrongToken.status)

    const foreignOrigin = await call({ 'X-Story-Vault-Token': token, Origin: 'https://evil.example' })
    expect(foreignOrigin.status).toBe(403)

    const events = await fetch(`${printed.origin}/api/events`)
    expect([401, 403]).toContain(events.status)

    // The same call with the key from our own origin works, so the refusals above are about the key.
    const allowed = await call({ 'X-Story-Vault-Token': token, Origin: printed.origin })
    expect(allowed.status).toBe(200)
    expect(await allowed.json()).toMatchObject({ ok: true, value: { path: app.vaultPath } })
  })

  test('serves the page with a strict CSP and takes the key out of the address bar', async ({ app }) => {
    const response = await app.page.request.get(new URL('/', app.serverUrl).href)
    const csp = response.headers()['content-security-policy'] ?? ''
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self';")
    expect(csp).not.toContain('unsafe-eval')
    await expect.poll(() => new URL(app.page.url()).searchParams.has('token')).toBe(false)
  })

  test('the page itself reaches the vault through the bridge', async ({ app }) => {
    const result = await app.page.evaluate(async () => {
      const token = sessionStorage.getItem('story-vault:token') ?? ''
      const response = await fetch('/api/invoke/vault:open', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Story-Vault-Token': token },
        body: JSON.stringify({ args: [] }),
      })
      return (await response.json()) as { ok: boolean }
    })
    expect(result.ok).toBe(true)
  })
})

test.describe('electron', () => {
  test.beforeEach(({ appHost }) => {
    test.skip(appHost !== 'electron', 'checks the Electron window')
  })

  test('the page has no Node and reaches main only through the bridge', async ({ app }) => {
    // webPreferences are not readable back from Electron; their values are unit-tested in
    // test/main/electron/policy.test.ts. Here we check their effect in the running window.
    const pageGlobals = await app.page.evaluate(() => {
      const bridge = (window as unknown as { storyVault?: Record<string, unknown> }).storyVault ?? {}
      return {
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
        ipcRenderer: typeof (window as unknown as { ipcRenderer?: unknown }).ipcRenderer,
        bridge: Object.keys(bridge).sort(),
      }
    })
    expect(pageGlobals).toEqual({
      require: 'undefined',
      process: 'undefined',
      ipcRenderer: 'undefined',
      bridge: ['invoke', 'on'],
    })
    const sandboxed = await app.electronApp?.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents
      return contents ? { crashed: contents.isCrashed(), url: contents.getURL() } : undefined
    })
    expect(sandboxed).toEqual({ crashed: false, url: 'app://story-vault/index.html' })
  })

  test('navigation away from the app and new windows are refused', async ({ app }) => {
    const before = app.page.url()
    await app.page.evaluate(() => {
      window.location.href = 'http://example.invalid/'
    })
    await app.page.waitForTimeout(500)
    expect(app.page.url()).toBe(before)
    const opened = await app.page.evaluate(() => window.open('file:///etc/passwd') !== null)
    expect(opened).toBe(false)
  })
})
