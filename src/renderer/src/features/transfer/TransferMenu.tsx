import { useEffect, useEffectEvent, useRef, useState } from 'react'
import type { ExportFormat } from '../../../../shared/transfer/types'
import { useVault } from '../../state/vault-context'
import { downloadFile } from './download'
import { ImportDialog } from './ImportDialog'
import { filesFromDrop, type PickedFile } from './read-files'
import './transfer.css'

const EXPORTS: ReadonlyArray<{ format: ExportFormat; label: string; hint: string }> = [
  { format: 'json', label: 'JSON backup', hint: 'Everything, to restore or move to another computer' },
  { format: 'csv', label: 'CSV spreadsheet', hint: 'One row per story, for Excel, Numbers or Sheets' },
  { format: 'markdown-bundle', label: 'Markdown', hint: 'All stories in one .md file, readable anywhere' },
]

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false
}

/** Toolbar: Import… and Export ▾. Also opens the import dialog for File → Import and for files dropped on the window. */
export function TransferMenu() {
  const vault = useVault()
  const [importing, setImporting] = useState<{ files: PickedFile[] | null } | null>(null)
  const [exportOpen, setExportOpen] = useState(false)
  const [dragging, setDragging] = useState(false)
  const [exportError, setExportError] = useState<string | null>(null)
  const menuRef = useRef<HTMLDivElement>(null)

  const exportAs = async (format: ExportFormat) => {
    setExportOpen(false)
    setExportError(null)
    const result = await vault.bridge.invoke('transfer:export', { format })
    if (!result.ok) {
      vault.reportError(result.error.message)
      setExportError(result.error.message)
      return
    }
    for (const file of result.value.files) downloadFile(file)
  }

  const onCommand = useEffectEvent((command: string) => {
    if (command === 'import') setImporting({ files: null })
    if (command === 'export') setExportOpen(true)
  })
  useEffect(() => vault.bridge.on('menu:command', ({ command }) => onCommand(command)), [vault.bridge])

  const onDrop = useEffectEvent(async (event: DragEvent) => {
    if (!hasFiles(event) || !event.dataTransfer) return
    event.preventDefault()
    setDragging(false)
    const files = await filesFromDrop(event.dataTransfer)
    if (files.length) setImporting({ files })
  })

  useEffect(() => {
    // Without preventDefault a dropped file would replace the app with the file's contents.
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return
      event.preventDefault()
      setDragging(true)
    }
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false)
    }
    const drop = (event: DragEvent) => void onDrop(event)
    window.addEventListener('dragover', over)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragover', over)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('drop', drop)
    }
  }, [])

  useEffect(() => {
    if (!exportOpen) return
    menuRef.current?.querySelector('button')?.focus()
    const close = (event: MouseEvent) => {
      if (!menuRef.current?.contains(event.target as Node)) setExportOpen(false)
    }
    window.addEventListener('mousedown', close)
    return () => window.removeEventListener('mousedown', close)
  }, [exportOpen])

  const readOnly = vault.snapshot?.health.kind === 'read-only'
  return (
    <>
      <button
        type="button"
        className="toolbar-button"
        onClick={() => setImporting({ files: null })}
        disabled={readOnly}
        title={readOnly ? 'This vault is read-only' : 'Import stories from JSON, CSV or Markdown'}
      >
        Import…
      </button>
      <div className="transfer-menu" ref={menuRef}>
        <button
          type="button"
          className="toolbar-button"
          aria-haspopup="menu"
          aria-expanded={exportOpen}
          onClick={() => setExportOpen((open) => !open)}
        >
          Export ▾
        </button>
        {exportOpen && (
          <div
            className="transfer-menu-list"
            role="menu"
            aria-label="Export as"
            onKeyDown={(event) => {
              if (event.key === 'Escape') setExportOpen(false)
              if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
              event.preventDefault()
              const items = [...event.currentTarget.querySelectorAll('button')]
              const at = items.indexOf(document.activeElement as HTMLButtonElement)
              const step = event.key === 'ArrowDown' ? 1 : -1
              items[(at + step + items.length) % items.length]?.focus()
            }}
          >
            {EXPORTS.map(({ format, label, hint }) => (
              <button key={format} type="button" role="menuitem" onClick={() => void exportAs(format)}>
                <strong>{label}</strong>
                <span>{hint}</span>
              </button>
            ))}
          </div>
        )}
      </div>
      {exportError && (
        <span className="visually-hidden" role="alert">
          {exportError}
        </span>
      )}
      {dragging && !importing && (
        <div className="transfer-drop-hint" aria-hidden="true">
          Drop files or a folder to import stories
        </div>
      )}
      {importing && <ImportDialog initialFiles={importing.files} onClose={() => setImporting(null)} />}
    </>
  )
}
