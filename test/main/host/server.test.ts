import { request as httpRequest } from 'node:http'
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { startBrowserHost, type BrowserHost } from '../../../src/main/host'
import { MAX_BODY_BYTES } from '../../../src/main/host/body'
import { LIMITS } from '../../../src/shared/story/limits'

let dir: string
let vaultPath: string
let host: BrowserHost
let origin: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'story-vault-host-'))
  const rendererDir = join(dir, 'renderer')
  await mkdir(join(rendererDir, 'assets'), { recursive: true })
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Story Vault</title>')
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(join(dir, 'secret.txt'), 'private')
  vaultPath = join(dir, 'vault.json')
  host = await startBrowserHost({ vaultPath, rendererDir, maxBodyBytes: 64 * 1024 })
  origin = `http://127.0.0.1:${host.port}`
})

afterAll(async () => {
  await host.close()
  await rm(dir, { recursive: true, force: true })
})

const invoke = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${origin}/api/invoke/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Story-Vault-Token': host.token, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

/** Raw request, for headers fetch will not let us set (Host) or paths it would normalise. */
function raw(path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: host.port, path, headers }, (res) => {
      let body = ''
      res.on('data', (chunk: Buffer) => (body += chunk.toString()))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('browser host', () => {
  it('prints a loopback URL that carries the token', () => {
    expect(host.url).toBe(`${origin}/?token=${host.token}`)
  })

  it('round-trips a contract call to the vault on disk', async () => {
    const response = await invoke('vault:open', { args: [] })
    expect(response.status).toBe(200)
    const result = (await response.json()) as { ok: boolean; value: { path: string; stories: unknown[] } }
    expect(result.ok).toBe(true)
    expect(result.value.path).toBe(vaultPath)
    expect(Array.isArray(result.value.stories)).toBe(true)

    const started = (await (await invoke('vault:start', { args: ['empty'] })).json()) as { ok: boolean }
    expect(started.ok).toBe(true)
    expect(JSON.parse(await readFile(vaultPath, 'utf8'))).toMatchObject({ onboarded: true })
  })

  it('refuses API calls without the right token, and never takes it from the query string', async () => {
    for (const headers of [{ 'X-Story-Vault-Token': '' }, { 'X-Story-Vault-Token': `${host.token}0` }]) {
      const response = await invoke('vault:open', { args: [] }, headers)
      expect(response.status).toBe(403)
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'unavailable' } })
    }
    const viaQuery = await fetch(`${origin}/api/invoke/vault:open?token=${host.token}`, {
      method: 'POST',
      body: '{"args":[]}',
    })
    expect(viaQuery.status).toBe(403)
  })

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    const rebinding = await raw('/', { Host: `attacker.example:${host.port}` })
    expect(rebinding.status).toBe(403)
    expect(JSON.parse(rebinding.body)).toMatchObject({ ok: false })
    expect((await raw('/', { Host: `localhost:${host.port}` })).status).toBe(200)

    const crossSite = await invoke('vault:open', { args: [] }, { Origin: 'https://evil.example' })
    expect(crossSite.status).toBe(403)
    const ours = await invoke('vault:open', { args: [] }, { Origin: origin })
    expect(ours.status).toBe(200)
  })

  it('refuses bodies over the limit with 413', async () => {
    const response = await invoke('vault:open', { args: [], padding: 'x'.repeat(70 * 1024) })
    expect(response.status).toBe(413)
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'too-large' } })
  })

  it('answers unknown channels, bad JSON and bad arguments with a failed Result', async () => {
    const unknown = await invoke('fs:read', { args: ['/etc/passwd'] })
    expect(unknown.status).toBe(404)
    expect(await unknown.json()).toMatchObject({ ok: false, error: { code: 'invalid-input' } })

    const notJson = await invoke('vault:open', '{args: nope')
    expect(notJson.status).toBe(400)

    const badArgs = await invoke('vault:start', { args: ['everything'] })
    expect(await badArgs.json()).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })

  it('serves the renderer without a token, with CSP, and nothing outside its folder', async () => {
    const page = await fetch(`${origin}/`)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(await page.text()).toContain('<title>Story Vault</title>')
    expect((await fetch(`${origin}/assets/app.js`)).headers.get('content-type')).toMatch(/javascript/)
    expect((await fetch(`${origin}/stories/123`)).status).toBe(200)

    // Sent as written (http.request does not normalise the path, unlike fetch and new URL): `..`
    // segments that URL parsing folds away, and ones it keeps because a slash is escaped.
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets%2f..%2f..%2fsecret.txt',
    ]) {
      const escape = await raw(path, { Host: `127.0.0.1:${host.port}` })
      expect({ path, status: escape.status }).toEqual({ path, status: 404 })
      expect(escape.body).not.toContain('private')
    }
    // The same kind of address inside the folder is served, so the refusals above are the guard's doing.
    const inside = await raw('/assets/..%2fassets%2fapp.js', { Host: `127.0.0.1:${host.port}` })
    expect(inside).toEqual({ status: 200, body: 'console.log(1)' })
  })

  it('answers a malformed % escape in a channel name with 400, not a logged 500', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const response = await invoke('vault%ZZopen', { args: [] })
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(logged).not.toHaveBeenCalled()
    logged.mockRestore()
  })

  it('streams events to a client holding the token', async () => {
    expect((await fetch(`${origin}/api/events`)).status).toBe(403)

    const controller = new AbortController()
    const response = await fetch(`${origin}/api/events?token=${host.token}`, { signal: controller.signal })
    expect(response.headers.get('content-type')).toContain('text/event-stream')
    const reader = response.body!.getReader()
    const current = JSON.parse(await readFile(vaultPath, 'utf8')) as Record<string, unknown>
    await new Promise((resolve) => setTimeout(resolve, 300))
    await writeFile(vaultPath, JSON.stringify({ ...current, settings: { targetLevel: 'senior' } }))

    let received = ''
    const deadline = Date.now() + 8_000
    while (!received.includes('event: vault:changed-on-disk') && Date.now() < deadline) {
      const chunk = await Promise.race([
        reader.read(),
        new Promise<undefined>((resolve) => setTimeout(resolve, 500)),
      ])
      if (chunk && !chunk.done) received += new TextDecoder().decode(chunk.value)
    }
    controller.abort()
    expect(received).toContain('event: vault:changed-on-disk')
    expect(received).toContain(JSON.stringify({ path: vaultPath }))
  })
})

describe('default body limit', () => {
  it('leaves room for the largest import the app accepts', () => {
    expect(MAX_BODY_BYTES).toBeGreaterThan(LIMITS.importBytes * 1.2)
  })
})
