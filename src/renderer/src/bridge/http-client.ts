import type {
  ChannelName,
  EventName,
  EventPayloads,
  Result,
  StoryVaultBridge,
} from '../../../shared/contract'
import { EVENT_NAMES } from '../../../shared/contract/events'
import { fail } from '../../../shared/contract/result'
import { LIMITS } from '../../../shared/story/limits'

const TOKEN_HEADER = 'X-Story-Vault-Token'
const TOKEN_STORAGE_KEY = 'story-vault:token'
const NOT_ANSWERING =
  'Story Vault’s local server is not answering. Check that the terminal running “story-vault serve” is still open, then try again.'

/** Same limit as the server (src/main/host/body.ts); checked here so the person gets a clear message. */
const MAX_REQUEST_BYTES = Math.ceil(LIMITS.importBytes * 1.6)

type Fetch = (input: string, init: RequestInit) => Promise<Response>
type Listener = (payload: unknown) => void

export interface HttpBridgeEnvironment {
  history?: Pick<History, 'replaceState' | 'state'>
  storage?: Pick<Storage, 'getItem' | 'setItem'>
  EventSource?: new (url: string) => Pick<EventSource, 'addEventListener' | 'close'>
}

/**
 * Takes the per-run key from ?token= (the URL the server printed), removes it from the address bar so it
 * is not bookmarked or shared, and keeps it for this tab so a reload still works.
 */
export function takeToken(location: Pick<Location, 'href'>, env: HttpBridgeEnvironment): string | undefined {
  const url = new URL(location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    env.storage?.setItem(TOKEN_STORAGE_KEY, fromUrl)
    url.searchParams.delete('token')
    env.history?.replaceState(env.history.state, '', url.pathname + url.search + url.hash)
    return fromUrl
  }
  return env.storage?.getItem(TOKEN_STORAGE_KEY) ?? undefined
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false
  const candidate = value as { ok: unknown; error?: { code?: unknown; message?: unknown } }
  if (candidate.ok === true) return 'value' in value
  return candidate.ok === false && typeof candidate.error?.message === 'string'
}

function defaultEnvironment(): HttpBridgeEnvironment {
  return {
    history: globalThis.history,
    storage: globalThis.sessionStorage,
    EventSource: globalThis.EventSource,
  }
}

/** The browser-host side of StoryVaultBridge: calls go over fetch, events over Server-Sent Events. Never throws. */
export function createHttpBridge(
  location: Pick<Location, 'href'>,
  fetchImpl: Fetch = (input, init) => globalThis.fetch(input, init),
  env: HttpBridgeEnvironment = defaultEnvironment(),
): StoryVaultBridge {
  const origin = new URL(location.href).origin
  const token = takeToken(location, env)
  const listeners = new Map<EventName, Set<Listener>>()
  let source: Pick<EventSource, 'addEventListener' | 'close'> | undefined

  function openEvents(): void {
    if (source || !env.EventSource || !token) return
    source = new env.EventSource(`${origin}/api/events?token=${encodeURIComponent(token)}`)
    for (const name of EVENT_NAMES) {
      source.addEventListener(name, (message) => {
        let payload: unknown
        try {
          payload = JSON.parse((message as MessageEvent<string>).data)
        } catch {
          return
        }
        for (const listener of listeners.get(name) ?? []) listener(payload)
      })
    }
  }

  async function invoke(channel: ChannelName, ...args: unknown[]): Promise<Result<unknown>> {
    if (!token) {
      return fail(
        'unavailable',
        'This page was opened without its key. Open the address “story-vault serve” printed.',
      )
    }
    const body = JSON.stringify({ args })
    if (new TextEncoder().encode(body).length > MAX_REQUEST_BYTES) {
      const mb = Math.round(MAX_REQUEST_BYTES / 1024 / 1024)
      return fail(
        'too-large',
        `That is too much to send at once (over ${mb} MB). Try a smaller file or fewer files.`,
      )
    }
    let response: Response
    try {
      response = await fetchImpl(`${origin}/api/invoke/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
        body,
      })
    } catch {
      return fail('unavailable', NOT_ANSWERING)
    }
    let answer: unknown
    try {
      answer = await response.json()
    } catch {
      return fail('unavailable', NOT_ANSWERING)
    }
    if (isResult(answer)) return answer
    return fail(
      'internal',
      `Story Vault’s local server gave an answer this page does not understand (${response.status}).`,
    )
  }

  return {
    invoke: invoke as StoryVaultBridge['invoke'],
    on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void {
      if (!EVENT_NAMES.includes(event)) return () => undefined
      const set = listeners.get(event) ?? new Set<Listener>()
      listeners.set(event, set)
      const wrapped = listener as Listener
      set.add(wrapped)
      openEvents()
      return () => {
        set.delete(wrapped)
        const remaining = [...listeners.values()].some((entries) => entries.size > 0)
        if (!remaining && source) {
          source.close()
          source = undefined
        }
      }
    },
  }
}
