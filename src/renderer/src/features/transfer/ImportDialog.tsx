import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react'
import type { Result } from '../../../../shared/contract'
import type { ImportApplied, ImportPreview } from '../../../../shared/contract/transfer'
import { isMappingTarget, type MappingTarget } from '../../../../shared/transfer/fields'
import type { TextFile } from '../../../../shared/transfer/types'
import { useVault } from '../../state/vault-context'
import { MappingTable } from './MappingTable'
import { PreviewTable } from './PreviewTable'
import { importSummary } from './summary'
import { picked, readTextFiles, type PickedFile } from './read-files'
import { Modal } from '../../components/Modal'

const FORMAT_LABELS = {
  'json-backup': 'Story Vault backup (JSON)',
  json: 'JSON list of stories',
  csv: 'CSV spreadsheet',
  tsv: 'TSV spreadsheet',
  markdown: 'Markdown notes',
  notion: 'Notion export (Markdown)',
} as const

type Mappings = Record<string, MappingTarget[]>

interface ImportDialogProps {
  /** Files dropped on the window, already read; they are previewed as the dialog opens. */
  initialFiles: TextFile[] | null
  /** Why dropped files could not be read, if they could not. */
  initialProblem?: string | null
  onClose(): void
}

function plural(n: number, word: string): string {
  return `${n} ${n === 1 ? word : word.replace(/y$/, 'ie') + 's'}`
}

/**
 * Keyed by its opener, so each opening (each drop) starts from fresh state: the dropped files are the
 * initial state, not something an effect copies in.
 */
export function ImportDialog({ initialFiles, initialProblem = null, onClose }: ImportDialogProps) {
  const vault = useVault()
  const [files, setFiles] = useState<TextFile[] | null>(initialFiles)
  const [mappings, setMappings] = useState<Mappings>({})
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [busy, setBusy] = useState(initialFiles !== null)
  const [problem, setProblem] = useState<string | null>(initialProblem)
  const [confirmLarge, setConfirmLarge] = useState<string | null>(null)
  const [done, setDone] = useState<ImportApplied | null>(null)
  const folderInput = useRef<HTMLInputElement>(null)
  const fileInput = useRef<HTMLInputElement>(null)

  const requestPreview = useCallback(
    (next: TextFile[], nextMappings: Mappings) =>
      vault.bridge.invoke('transfer:preview-import', { files: next, mappings: nextMappings }),
    [vault.bridge],
  )

  const showPreview = (result: Result<ImportPreview>) => {
    setBusy(false)
    if (result.ok) setPreview(result.value)
    else {
      setPreview(null)
      setProblem(result.error.message)
    }
  }

  const runPreview = (next: TextFile[], nextMappings: Mappings) => {
    setBusy(true)
    setProblem(null)
    void requestPreview(next, nextMappings).then(showPreview)
  }

  const choose = (chosen: PickedFile[]) => {
    if (!chosen.length) return
    readTextFiles(chosen).then(
      (texts) => {
        setFiles(texts)
        setMappings({})
        setDone(null)
        runPreview(texts, {})
      },
      (error: unknown) => setProblem(error instanceof Error ? error.message : 'The files could not be read.'),
    )
  }

  const showOpeningPreview = useEffectEvent(showPreview)
  // Dropped files arrive already read: preview them as the dialog opens.
  const [opening] = useState({ files: initialFiles })
  useEffect(() => {
    if (!opening.files) {
      fileInput.current?.focus()
      return
    }
    let current = true
    void requestPreview(opening.files, {}).then((result) => current && showOpeningPreview(result))
    return () => {
      current = false
    }
  }, [opening, requestPreview])

  useEffect(() => {
    // React does not know the non-standard folder-picking attribute.
    folderInput.current?.setAttribute('webkitdirectory', '')
  }, [])

  const remap = (fileName: string, columnIndex: number, target: string) => {
    if (!files || !preview || !isMappingTarget(target)) return
    const current = preview.files.find((f) => f.name === fileName)?.columns?.map((c) => c.target) ?? []
    const next = { ...mappings, [fileName]: current.map((t, i) => (i === columnIndex ? target : t)) }
    setMappings(next)
    runPreview(files, next)
  }

  const apply = async (allowLargeRemoval = false) => {
    if (!files) return
    setBusy(true)
    setProblem(null)
    const result = await vault.bridge.invoke('transfer:apply-import', { files, mappings, allowLargeRemoval })
    setBusy(false)
    if (result.ok) {
      vault.refresh(result.value.snapshot)
      setConfirmLarge(null)
      setDone(result.value)
    } else if (result.error.code === 'conflict') {
      // The file changed on disk: the banner offers the choice; the dialog keeps the files for a retry.
      vault.flagExternalChange()
      setProblem(result.error.message)
    } else if (result.error.code === 'needs-confirmation') {
      setConfirmLarge(result.error.message)
    } else {
      setProblem([result.error.message, ...(result.error.details?.slice(1, 6) ?? [])].join('\n'))
    }
  }

  return (
    <Modal className="transfer-dialog" labelledBy="import-title" onClose={onClose} locked={busy}>
      <h2 id="import-title">Import stories</h2>
      {done ? (
        <>
          <p role="status" data-testid="import-done">
            Imported {plural(done.added, 'story')}
            {done.updated ? `, updated ${done.updated}` : ''}
            {done.skipped ? `, skipped ${done.skipped} already in your vault` : ''}.
          </p>
          <div className="transfer-actions">
            <button type="button" className="primary" onClick={onClose} autoFocus>
              Done
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="transfer-note">
            JSON (a Story Vault backup or a list of stories), CSV or TSV spreadsheets — a competency matrix
            with one column per competency works too — and Markdown notes from Obsidian or Notion. You can
            also drop files anywhere on the window. Nothing is saved until you press Import.
          </p>
          <div className="transfer-pickers">
            <label>
              Choose files…
              <input
                ref={fileInput}
                type="file"
                multiple
                accept=".json,.csv,.tsv,.tab,.md,.markdown,.txt"
                data-testid="import-file-input"
                className="visually-hidden"
                onChange={(event) => choose(picked(event.target.files ?? []))}
              />
            </label>
            <label>
              Choose a folder…
              <input
                ref={folderInput}
                type="file"
                className="visually-hidden"
                onChange={(event) => choose(picked(event.target.files ?? []))}
              />
            </label>
            {files && <span className="transfer-note">{plural(files.length, 'file')} chosen</span>}
          </div>
          {busy && <p role="status">Reading…</p>}
          {problem && (
            <p className="transfer-problem" role="alert">
              {problem}
            </p>
          )}
          {preview && (
            <>
              <ul className="transfer-files">
                {preview.files.map((file) => (
                  <li key={file.name}>
                    <strong>{file.name}</strong> — {FORMAT_LABELS[file.format]},{' '}
                    {plural(file.stories, 'story')}
                    {file.columns && (
                      <MappingTable file={file} disabled={busy} onChange={(i, t) => remap(file.name, i, t)} />
                    )}
                  </li>
                ))}
              </ul>
              {preview.errorCount > 0 && (
                <div className="transfer-problem" role="alert" data-testid="import-errors">
                  <p>
                    <strong>
                      {plural(preview.errorCount, 'problem')} — nothing will be imported until fixed:
                    </strong>
                  </p>
                  <ul>
                    {preview.errorLines.map((line, i) => (
                      <li key={i}>{line}</li>
                    ))}
                  </ul>
                </div>
              )}
              {preview.warnings.length > 0 && (
                <details className="transfer-warnings">
                  <summary>{plural(preview.warnings.length, 'note')}</summary>
                  <ul>
                    {preview.warnings.map((line, i) => (
                      <li key={i}>{line}</li>
                    ))}
                  </ul>
                </details>
              )}
              {preview.rows.length > 0 && preview.errorCount === 0 && <PreviewTable preview={preview} />}
              <p className="transfer-summary" data-testid="import-summary">
                {importSummary(preview)}
              </p>
            </>
          )}
          {confirmLarge && (
            <div className="transfer-problem" role="alert">
              <p>{confirmLarge}</p>
              <button type="button" className="danger-button" onClick={() => void apply(true)}>
                Yes, go ahead
              </button>
            </div>
          )}
          <div className="transfer-actions">
            <button type="button" onClick={onClose} disabled={busy}>
              Cancel
            </button>
            <button
              type="button"
              className="primary"
              disabled={busy || !preview?.canApply || preview.summary.added + preview.summary.updated === 0}
              onClick={() => void apply()}
            >
              Import
            </button>
          </div>
        </>
      )}
    </Modal>
  )
}
