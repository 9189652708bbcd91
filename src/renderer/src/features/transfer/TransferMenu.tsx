import { useEffect, useEffectEvent, useRef, useState } from 'react'
import type { ExportFormat } from '../../../../shared/transfer/types'
import { useVault } from '../../state/vault-context'
import { downloadFile } from './download'
import { useImport } from './ImportProvider'
import './transfer.css'

const EXPORTS: ReadonlyArray<{ format: ExportFormat; label: string; hint: string }> = [
  { format: 'json', label: 'JSON backup', hint: 'Everything, to restore or move to another computer' },
  { format: 'csv', label: 'CSV spreadsheet', hint: 'One row per story, for Excel, Numbers or Sheets' },
  { format: 'markdown-bundle', label: 'Markdown', hint: 'All stories in one .md file, readable anywhere' },
]

/** Toolbar: Import… (the dialog itself lives in ImportProvider) and Export ▾ (also File → Export). */
export function TransferMenu() {
  const vault = useVault()
  const { openImport } = useImport()
  const [exportOpen, setExportOpen] = useState(false)
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
    if (command === 'export') setExportOpen(true)
  })
  useEffect(() => vault.bridge.on('menu:command', ({ command }) => onCommand(command)), [vault.bridge])

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
        onClick={openImport}
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
    </>
  )
}
