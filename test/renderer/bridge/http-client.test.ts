import { describe, expect, it, vi } from 'vitest'
import {
  createHttpBridge,
  takeToken,
  type HttpBridgeEnvironment,
} from '../../../src/renderer/src/bridge/http-client'

function environment() {
  const stored = new Map<string, string>()
  const replaced: string[] = []
  const sources: FakeEventSource[] = []
  class FakeEventSource {
    readonly handlers = new Map<string, (message: { data: string }) => void>()
    closed = false
    constructor(readonly url: string) {
      sources.push(this)
    }
    addEventListener(name: string, handler: (message: { data: string }) => void) {
      this.handlers.set(name, handler)
    }
    close() {
      this.closed = true
    }
  }
  const env: HttpBridgeEnvironment = {
    storage: {
      getItem: (key) => stored.get(key) ?? null,
      setItem: (key, value) => void stored.set(key, value),
    },
    history: { state: null, replaceState: (_state, _title, url) => void replaced.push(String(url)) },
    EventSource: FakeEventSource as unknown as HttpBridgeEnvironment['EventSource'],
  }
  return { env, stored, replaced, sources }
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status })

describe('takeToken', () => {
  it('moves ?token= from the address bar into session storage', () => {
    const { env, stored, replaced } = environment()
    expect(takeToken({ href: 'http://127.0.0.1:9/?token=abc&x=1#/stories' }, env)).toBe('abc')
    expect(replaced).toEqual(['/?x=1#/stories'])
    expect([...stored.values()]).toEqual(['abc'])
    expect(takeToken({ href: 'http://127.0.0.1:9/' }, env)).toBe('abc')
  })
})

describe('createHttpBridge', () => {
  it('posts the arguments with the token header and returns the Result', async () => {
    const { env } = environment()
    const fetchMock = vi.fn(async (_url: string, _init: RequestInit) =>
      json({ ok: true, value: { path: '/v' } }),
    )
    const bridge = createHttpBridge({ href: 'http://127.0.0.1:9/?token=t1' }, fetchMock, env)
    await expect(bridge.invoke('vault:start', 'demo')).resolves.toEqual({ ok: true, value: { path: '/v' } })
    const [url, init] = fetchMock.mock.calls[0]!
    expect(url).toBe('http://127.0.0.1:9/api/invoke/vault%3Astart')
    expect(init.headers).toMatchObject({ 'X-Story-Vault-Token': 't1' })
    expect(JSON.parse(String(init.body))).toEqual({ args: ['demo'] })
  })

  it('passes a refusal from the server through as its Result', async () => {
    const { env } = environment()
    const refusal = { ok: false, error: { code: 'too-large', message: 'That request is too large.' } }
    const bridge = createHttpBridge({ href: 'http://h/?token=t' }, async () => json(refusal, 413), env)
    await expect(bridge.invoke('vault:open')).resolves.toEqual(refusal)
  })

  it('never throws: a dead server or a garbled answer become failed Results', async () => {
    const { env } = environment()
    const down = createHttpBridge(
      { href: 'http://h/?token=t' },
      async () => Promise.reject(new TypeError('fetch failed')),
      env,
    )
    await expect(down.invoke('vault:open')).resolves.toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    })
    const garbled = createHttpBridge(
      { href: 'http://h/?token=t' },
      async () => new Response('<html>', { status: 502 }),
      env,
    )
    await expect(garbled.invoke('vault:open')).resolves.toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    })
    const strange = createHttpBridge({ href: 'http://h/?token=t' }, async () => json({ hello: 1 }), env)
    await expect(strange.invoke('vault:open')).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal' },
    })
  })

  it('does not call the server without a token', async () => {
    const { env } = environment()
    const fetchMock = vi.fn(async () => json({ ok: true, value: null }))
    const bridge = createHttpBridge({ href: 'http://h/' }, fetchMock, env)
    await expect(bridge.invoke('vault:open')).resolves.toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    })
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('delivers server events to listeners and closes the stream after the last unsubscribe', () => {
    const { env, sources } = environment()
    const bridge = createHttpBridge({ href: 'http://h:1/?token=t 2' }, async () => json({}), env)
    const seen: unknown[] = []
    const off = bridge.on('vault:changed-on-disk', (payload) => seen.push(payload))
    expect(sources).toHaveLength(1)
    expect(sources[0]!.url).toBe('http://h:1/api/events?token=t%202')
    sources[0]!.handlers.get('vault:changed-on-disk')!({ data: '{"path":"/v.json"}' })
    sources[0]!.handlers.get('menu:command')!({ data: '{"command":"print"}' })
    expect(seen).toEqual([{ path: '/v.json' }])
    off()
    expect(sources[0]!.closed).toBe(true)
  })
})

describe('request size', () => {
  it('refuses an oversized request before sending it', async () => {
    const { env } = environment()
    const fetchMock = vi.fn(async () => json({ ok: true, value: null }))
    const bridge = createHttpBridge({ href: 'http://h/?token=t' }, fetchMock, env)
    const huge = 'x'.repeat(40 * 1024 * 1024)
    const result = await bridge.invoke('transfer:preview-import', { files: [{ name: 'a.csv', text: huge }] })
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } })
    expect(fetchMock).not.toHaveBeenCalled()
  })
})
