import { request as httpRequest, type ClientRequest } from 'node:http'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserHost, type BrowserHost } from '../../../src/main/host'
import { BodyBudget, HostBusyError, MAX_BODY_BYTES, MAX_IN_FLIGHT_BYTES } from '../../../src/main/host/body'

const KB = 1024
let dir: string
let host: BrowserHost

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'story-vault-budget-'))
  await mkdir(join(dir, 'renderer'))
  await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html>')
  host = await startBrowserHost({
    vaultPath: join(dir, 'vault.json'),
    rendererDir: join(dir, 'renderer'),
    maxBodyBytes: 64 * KB,
    maxInFlightBytes: 100 * KB,
  })
})

afterAll(async () => {
  await host.close()
  await rm(dir, { recursive: true, force: true })
})

interface Open {
  request: ClientRequest
  response: Promise<{ status: number; body: string; retryAfter?: string }>
}

/** Starts a call whose body is sent in pieces: `declared` is the Content-Length, or chunked when absent. */
function startCall(declared?: number): Open {
  let request!: ClientRequest
  const response = new Promise<{ status: number; body: string; retryAfter?: string }>((resolve, reject) => {
    request = httpRequest(
      {
        host: '127.0.0.1',
        port: host.port,
        method: 'POST',
        path: '/api/invoke/vault:open',
        headers: {
          'X-Story-Vault-Token': host.token,
          'Content-Type': 'application/json',
          ...(declared === undefined ? {} : { 'Content-Length': String(declared) }),
        },
      },
      (res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => (body += chunk.toString()))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body, retryAfter: res.headers['retry-after'] }),
        )
      },
    )
    // A refused upload may see its connection closed mid-write; the answer is what matters.
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error)
    })
  })
  return { request, response }
}

/** A JSON body `{"args":[],"pad":"xxx…"}` of exactly `bytes` bytes, split where asked. */
function jsonBody(bytes: number): string {
  const frame = '{"args":[],"pad":""}'
  return `${frame.slice(0, -2)}${'x'.repeat(bytes - frame.length)}"}`
}

const written = (request: ClientRequest, text: string) =>
  new Promise<void>((resolve) => request.write(text, () => resolve()))

describe('in-flight body budget', () => {
  it('answers 503 with a clear message while other bodies hold the budget, then accepts again', async () => {
    const body = jsonBody(60 * KB)
    const first = startCall(body.length)
    await written(first.request, body.slice(0, 50 * KB))
    await new Promise((resolve) => setTimeout(resolve, 50))

    const declared = startCall(body.length)
    declared.request.end()
    const busy = await declared.response
    expect(busy.status).toBe(503)
    expect(busy.retryAfter).toBe('5')
    expect(JSON.parse(busy.body)).toMatchObject({
      ok: false,
      error: { code: 'unavailable', message: expect.stringMatching(/try again in a few seconds/) },
    })

    const chunked = startCall()
    await written(chunked.request, body)
    chunked.request.end()
    expect((await chunked.response).status).toBe(503)

    first.request.end(body.slice(50 * KB))
    expect((await first.response).status).toBe(200)

    const after = startCall(body.length)
    after.request.end(body)
    expect((await after.response).status).toBe(200)
  })
})

describe('BodyBudget', () => {
  it('refuses what does not fit without taking it, and gives back what was taken', () => {
    const budget = new BodyBudget(100)
    budget.take(70)
    expect(() => budget.take(40)).toThrow(HostBusyError)
    expect(budget.inUse).toBe(70)
    budget.give(70)
    budget.take(100)
    expect(budget.inUse).toBe(100)
  })

  it('defaults to room for two of the largest bodies', () => {
    expect(MAX_IN_FLIGHT_BYTES).toBe(2 * MAX_BODY_BYTES)
  })
})
