import { BrowserWindow, session } from 'electron'
import type { PdfOptions } from '../features/services'

const PDF_PARTITION = 'story-vault-pdf'

/**
 * Renders a self-contained HTML document to PDF in a hidden window with JavaScript off, in its own
 * in-memory session that refuses every request except the document itself (nothing leaves the machine).
 */
export async function renderPdfOffscreen(html: string, options: PdfOptions): Promise<Uint8Array> {
  const pdfSession = session.fromPartition(PDF_PARTITION)
  pdfSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !details.url.startsWith('data:') })
  })
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      session: pdfSession,
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      offscreen: true,
    },
  })
  try {
    await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`)
    const pdf = await window.webContents.printToPDF({
      pageSize: options.paper === 'a4' ? 'A4' : 'Letter',
      printBackground: true,
      preferCSSPageSize: true,
    })
    return new Uint8Array(pdf)
  } finally {
    window.destroy()
  }
}
