import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { isChannelName } from '../../shared/contract'
import { AppFailure, fail, type ErrorCode } from '../../shared/contract/result'
import { dispatch } from '../contract/dispatch'
import { contentSecurityPolicy } from '../electron/policy'
import { openAppServices, type PdfRenderer } from './app-services'
import {
  BodyBudget,
  BodyTooLargeError,
  type BodyLease,
  HostBusyError,
  MAX_BODY_BYTES,
  MAX_IN_FLIGHT_BYTES,
  readBody,
} from './body'
import { EventStream } from './event-stream'
import {
  allowedHosts,
  isAllowedHostHeader,
  isAllowedOrigin,
  newToken,
  TOKEN_HEADER,
  tokensMatch,
} from './guards'
import { loadStaticFile } from './static-files'

export interface BrowserHostOptions {
  vaultPath: string
  /** Folder holding the built renderer (out/renderer). */
  rendererDir: string
  /** 0 or absent: a random free port. */
  port?: number
  host?: string
  /** Per-run secret; generated when absent. */
  token?: string
  /** PDF rendering for cheat sheets; can also be supplied later with setPdfRenderer(). */
  renderPdf?: PdfRenderer
  maxBodyBytes?: number
  /** All bodies being received or handled at once, together (default MAX_IN_FLIGHT_BYTES). */
  maxInFlightBytes?: number
}

export interface BrowserHost {
  /** Address to open, including ?token=. */
  url: string
  port: number
  token: string
  setPdfRenderer(renderer: PdfRenderer): void
  close(): Promise<void>
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': contentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
}

const pdfUnavailable: PdfRenderer = async () => {
  throw new AppFailure(
    'unavailable',
    'PDF export needs Chromium, which this Story Vault cannot find. Use your browser’s Print to save a PDF instead.',
  )
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  })
  response.end(JSON.stringify(body))
}

function refuse(response: ServerResponse, status: number, code: ErrorCode, message: string): void {
  sendJson(response, status, fail(code, message))
}

function presentedToken(request: IncomingMessage, url: URL, allowQuery: boolean): string | undefined {
  const header = request.headers[TOKEN_HEADER]
  if (typeof header === 'string') return header
  return allowQuery ? (url.searchParams.get('token') ?? undefined) : undefined
}

/** Serves the renderer and the typed contract to a browser on this machine only. */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const host = options.host ?? '127.0.0.1'
  const token = options.token ?? newToken()
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES
  const budget = new BodyBudget(Math.max(limit, options.maxInFlightBytes ?? MAX_IN_FLIGHT_BYTES))
  const events = new EventStream()
  let renderPdf = options.renderPdf ?? pdfUnavailable
  const app = await openAppServices(options.vaultPath, {
    emit: (event, payload) => events.emit(event, payload),
    renderPdf: (html, pdfOptions) => renderPdf(html, pdfOptions),
  })
  let allowed = new Set<string>()

  async function handleApi(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const isEvents = url.pathname === '/api/events'
    if (!tokensMatch(presentedToken(request, url, isEvents), token)) {
      return refuse(
        response,
        403,
        'unavailable',
        'This request did not carry the key of this Story Vault session.',
      )
    }
    if (isEvents) {
      if (request.method !== 'GET') return refuse(response, 405, 'invalid-input', 'Use GET for events.')
      return events.attach(response)
    }
    let channel: string | undefined
    try {
      channel = url.pathname.startsWith('/api/invoke/')
        ? decodeURIComponent(url.pathname.slice('/api/invoke/'.length))
        : undefined
    } catch {
      return refuse(response, 400, 'invalid-input', 'The request address has a malformed % escape.')
    }
    if (channel === undefined) return refuse(response, 404, 'not-found', 'There is nothing at this address.')
    if (request.method !== 'POST')
      return refuse(response, 405, 'invalid-input', 'Use POST to call Story Vault.')
    if (!isChannelName(channel))
      return refuse(response, 404, 'invalid-input', `Unknown request "${channel}".`)
    let lease: BodyLease
    try {
      lease = await readBody(request, limit, budget)
    } catch (error) {
      return refuseBody(response, error)
    }
    try {
      let args: unknown
      try {
        args = (JSON.parse(lease.body.toString('utf8') || '{}') as { args?: unknown }).args ?? []
      } catch {
        return refuse(response, 400, 'invalid-input', 'The request body was not valid JSON.')
      }
      sendJson(response, 200, await dispatch(app.handlers, channel, args))
    } finally {
      lease.release()
    }
  }

  function refuseBody(response: ServerResponse, error: unknown): void {
    // The rest of the body is not read: closing the connection stops the client sending it.
    response.setHeader('Connection', 'close')
    if (error instanceof BodyTooLargeError) {
      return refuse(
        response,
        413,
        'too-large',
        `That request is too large (over ${Math.round(limit / 1024 / 1024)} MB).`,
      )
    }
    if (error instanceof HostBusyError) {
      response.setHeader('Retry-After', '5')
      return refuse(
        response,
        503,
        'unavailable',
        'Story Vault is still receiving other large requests. Nothing was changed; try again in a few seconds.',
      )
    }
    refuse(response, 400, 'invalid-input', 'The request body could not be read.')
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isAllowedHostHeader(request.headers.host, allowed)) {
      return refuse(response, 403, 'unavailable', 'Story Vault only answers on its own local address.')
    }
    if (!isAllowedOrigin(request.headers.origin, allowed)) {
      return refuse(response, 403, 'unavailable', 'Requests from other web pages are not allowed.')
    }
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`)
    if (url.pathname.startsWith('/api/')) return handleApi(request, response, url)
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return refuse(response, 405, 'invalid-input', 'Only GET is served here.')
    }
    const file = await loadStaticFile(options.rendererDir, url.pathname)
    // Browsers ask for a favicon unprompted; "nothing" is not an error worth a console line.
    if (!file && url.pathname === '/favicon.ico') return void response.writeHead(204).end()
    if (!file) return refuse(response, 404, 'not-found', 'There is nothing at this address.')
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': file.contentType,
      'Cache-Control': 'no-cache',
    })
    response.end(request.method === 'HEAD' ? undefined : file.body)
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('[story-vault] browser host request failed:', error)
      if (!response.headersSent) refuse(response, 500, 'internal', 'Something went wrong on our side.')
      else response.end()
    })
  })
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(options.port ?? 0, host, () => resolve())
    })
  } catch (error) {
    await app.close()
    throw error
  }
  const port = (server.address() as AddressInfo).port
  allowed = allowedHosts(host, port)
  const hostForUrl = host.includes(':') ? `[${host}]` : host

  return {
    url: `http://${hostForUrl}:${port}/?token=${encodeURIComponent(token)}`,
    port,
    token,
    setPdfRenderer: (renderer) => {
      renderPdf = renderer
    },
    close: async () => {
      events.close()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await app.close()
    },
  }
}
