import type { VaultDocument } from '../vault/document'
import { exportCsv } from './csv-export'
import { exportJson } from './json-export'
import { exportMarkdownBundle, exportMarkdownFiles } from './markdown-export'
import type { ExportFormat, TextFile } from './types'

export interface ExportedFile extends TextFile {
  mimeType: string
}

/**
 * The files an export produces. 'markdown' is one file per story (the CLI writes them to a folder);
 * 'markdown-bundle' is all stories in one .md file (what the app downloads), which import splits again.
 */
export function exportVault(doc: VaultDocument, format: ExportFormat, date: string): ExportedFile[] {
  const day = date.slice(0, 10)
  switch (format) {
    case 'json':
      return [{ name: `story-vault-${day}.json`, text: exportJson(doc), mimeType: 'application/json' }]
    case 'csv':
      return [{ name: `story-vault-${day}.csv`, text: exportCsv(doc.stories), mimeType: 'text/csv' }]
    case 'markdown':
      return exportMarkdownFiles(doc.stories).map((file) => ({ ...file, mimeType: 'text/markdown' }))
    case 'markdown-bundle':
      return [
        { name: `story-vault-${day}.md`, text: exportMarkdownBundle(doc.stories), mimeType: 'text/markdown' },
      ]
  }
}
