import { protocol } from 'electron'
import { loadStaticFile } from '../host/static-files'
import { APP_HOST, APP_SCHEME, contentSecurityPolicy } from './policy'

/**
 * Must run before app 'ready': app:// behaves like https (real origin, secure context, fetch, module
 * scripts, V8 code cache). No corsEnabled: our module scripts are same-origin, and without it no other
 * origin can read app:// responses.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ])
}

/**
 * Serves the built renderer from app://story-vault/ instead of file://, so the page gets a real origin
 * (checked on every IPC call), a Content-Security-Policy header, and no access to the rest of the disk.
 */
export function serveRenderer(rendererDir: string): void {
  const csp = contentSecurityPolicy()
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    const file = url.host === APP_HOST ? await loadStaticFile(rendererDir, url.pathname) : undefined
    if (!file) return new Response('Not found', { status: 404 })
    return new Response(new Uint8Array(file.body), {
      headers: {
        'Content-Type': file.contentType,
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
      },
    })
  })
}
