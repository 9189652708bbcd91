import type { EventName, EventPayloads, Handlers } from '../../shared/contract'
import { createHandlers } from '../features'
import type { PdfOptions, Services } from '../features/services'
import { openVaultStore } from '../vault'

export type PdfRenderer = (html: string, options: PdfOptions) => Promise<Uint8Array>
export type Emit = <E extends EventName>(event: E, payload: EventPayloads[E]) => void

export interface AppServices {
  services: Services
  handlers: Handlers
  close(): Promise<void>
}

/**
 * Opens the vault and wires the feature handlers to a host's way of emitting events and rendering PDFs.
 * Shared by the Electron shell and the browser host so both run exactly the same handlers.
 */
export async function openAppServices(
  vaultPath: string,
  host: { emit: Emit; renderPdf: PdfRenderer },
): Promise<AppServices> {
  const vault = await openVaultStore(vaultPath, {
    onExternalChange: ({ path }) => host.emit('vault:changed-on-disk', { path }),
  })
  const services: Services = { vault, emit: host.emit, renderPdf: host.renderPdf }
  return { services, handlers: createHandlers(services), close: () => vault.close() }
}
