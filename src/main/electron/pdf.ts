import { randomUUID } from 'node:crypto'
import { BrowserWindow, session, type Session } from 'electron'
import type { PdfOptions } from '../features/services'
import { APP_SCHEME, PDF_DOCUMENT_CSP, isPdfRequestAllowed, pdfDocumentId, pdfDocumentUrl } from './policy'

// No "persist:" prefix: an in-memory session, nothing about the sheet is written to disk.
const PDF_PARTITION = 'story-vault-pdf'

/** Sheets being printed, by id; each is served once to its own hidden window and then forgotten. */
const documents = new Map<string, string>()
let prepared: Session | undefined

/** The PDF session serves the sheets from memory, grants nothing, and cancels every other request. */
function pdfSession(): Session {
  if (prepared) return prepared
  const pdf = session.fromPartition(PDF_PARTITION)
  pdf.protocol.handle(APP_SCHEME, (request) => {
    const html = documents.get(pdfDocumentId(request.url) ?? '')
    if (html === undefined) return new Response('Not found', { status: 404 })
    return new Response(html, {
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': PDF_DOCUMENT_CSP,
      },
    })
  })
  pdf.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isPdfRequestAllowed(details.url) }),
  )
  pdf.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  pdf.setPermissionCheckHandler(() => false)
  prepared = pdf
  return pdf
}

/**
 * Renders a self-contained HTML document to PDF in a hidden window with JavaScript off, in its own
 * in-memory session (see pdfSession). The window is destroyed whatever happens.
 */
export async function renderPdfOffscreen(html: string, options: PdfOptions): Promise<Uint8Array> {
  const id = randomUUID()
  documents.set(id, html)
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      session: pdfSession(),
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      spellcheck: false,
    },
  })
  try {
    await window.loadURL(pdfDocumentUrl(id))
    const pdf = await window.webContents.printToPDF({
      pageSize: options.paper === 'a4' ? 'A4' : 'Letter',
      printBackground: true,
      // The sheet's CSS @page rule sets its size and margins; the option is the fallback.
      preferCSSPageSize: true,
    })
    return new Uint8Array(pdf)
  } finally {
    documents.delete(id)
    if (!window.isDestroyed()) window.destroy()
  }
}
