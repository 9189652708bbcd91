import type { EventName, EventPayloads } from '../../shared/contract'
import type { VaultStore } from '../vault/store-types'

export interface PdfOptions {
  paper: 'a4' | 'letter'
}

/** What feature handlers may use. Each host (Electron, browser host, CLI) supplies its own. */
export interface Services {
  vault: VaultStore
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void
  /** Renders an HTML document to PDF: Electron's printToPDF, or a local Chromium in the browser host. */
  renderPdf(html: string, options: PdfOptions): Promise<Uint8Array>
}
