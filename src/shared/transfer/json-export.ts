import type { VaultDocument } from '../vault/document'

/** The backup format: the whole vault document, which import reads back unchanged. */
export function exportJson(doc: VaultDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`
}
