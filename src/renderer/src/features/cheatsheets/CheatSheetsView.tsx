import { useEffect, useMemo, useState } from 'react'
import { buildCheatSheet } from '../../../../shared/cheatsheet/build'
import { renderSheetMarkup } from '../../../../shared/cheatsheet/render-html'
import type { CheatSheet, SheetSpec } from '../../../../shared/cheatsheet/schema'
import { useVault } from '../../state/vault-context'
import { SheetForm } from './SheetForm'
import { SheetPicks } from './SheetPicks'
import { SheetPreview } from './SheetPreview'
import { downloadPdf, newSheetSpec, pdfBytes, sameSpec, specOf, swapPick } from './sheet-draft'
import './cheatsheets.css'

type PdfState =
  | { kind: 'idle' }
  | { kind: 'rendering' }
  | { kind: 'done'; fileName: string }
  | { kind: 'failed'; message: string }

const NO_SHEETS: CheatSheet[] = []

function sheetLabel(sheet: Pick<CheatSheet, 'company' | 'role'>): string {
  return [sheet.role, sheet.company].filter((s) => s.trim()).join(' at ') || 'Untitled interview'
}

/** Printable cheat sheets: one page with the best story for every area an interview will probe. */
export function CheatSheetsView() {
  const vault = useVault()
  const { stories, settings, bridge, snapshot } = vault
  // Saves and deletes put the new list into the vault's snapshot, so every view sees the same sheets.
  const sheets = snapshot?.sheets ?? NO_SHEETS
  const [selectedId, setSelectedId] = useState<string | null>(() => snapshot?.sheets[0]?.id ?? null)
  const selected = sheets.find((sheet) => sheet.id === selectedId) ?? null
  const [draft, setDraft] = useState<SheetSpec>(() =>
    selected ? specOf(selected) : newSheetSpec(settings.targetLevel, navigator.language),
  )
  const [saving, setSaving] = useState(false)
  const [pdf, setPdf] = useState<PdfState>({ kind: 'idle' })
  const [error, setError] = useState<string | null>(null)
  const dirty = selected ? !sameSpec(specOf(selected), draft) : true

  const content = useMemo(() => buildCheatSheet(draft, stories), [draft, stories])
  const markup = useMemo(() => renderSheetMarkup(content), [content])

  useEffect(
    () =>
      bridge.on('menu:command', ({ command }) => {
        if (command === 'print') window.print()
      }),
    [bridge],
  )

  function open(sheet: CheatSheet | null) {
    setSelectedId(sheet?.id ?? null)
    setDraft(sheet ? specOf(sheet) : newSheetSpec(settings.targetLevel, navigator.language))
    setPdf({ kind: 'idle' })
    setError(null)
  }

  function publish(next: CheatSheet[]) {
    if (snapshot) vault.refresh({ ...snapshot, sheets: next })
  }

  async function save() {
    setSaving(true)
    const result = await bridge.invoke('cheatsheets:save', { ...draft, id: selected?.id })
    setSaving(false)
    if (!result.ok) return setError(`The sheet was not saved: ${result.error.message}`)
    setError(null)
    publish(result.value.sheets)
    setSelectedId(result.value.sheet.id)
    setDraft(specOf(result.value.sheet))
  }

  async function remove() {
    if (!selected) return
    const result = await bridge.invoke('cheatsheets:delete', selected.id)
    if (!result.ok) return setError(`The sheet was not deleted: ${result.error.message}`)
    publish(result.value.sheets)
    open(result.value.sheets[0] ?? null)
  }

  async function exportPdf() {
    setPdf({ kind: 'rendering' })
    const result = await bridge.invoke('cheatsheets:render-pdf', { spec: draft })
    if (!result.ok) return setPdf({ kind: 'failed', message: result.error.message })
    downloadPdf(pdfBytes(result.value.base64), result.value.fileName)
    setPdf({ kind: 'done', fileName: result.value.fileName })
  }

  return (
    <section className="sheets-view" aria-labelledby="sheets-heading">
      <aside className="sheets-list">
        <h2 id="sheets-heading">Cheat sheets</h2>
        <button type="button" className="primary" onClick={() => open(null)}>
          New sheet
        </button>
        {sheets.length === 0 ? (
          <p className="sheets-empty">No saved sheets yet. Fill in the interview and save it to keep it.</p>
        ) : (
          <ul>
            {sheets.map((sheet) => (
              <li key={sheet.id}>
                <button
                  type="button"
                  className={sheet.id === selectedId ? 'sheets-item sheets-item-on' : 'sheets-item'}
                  aria-current={sheet.id === selectedId ? 'true' : undefined}
                  onClick={() => open(sheet)}
                >
                  {sheetLabel(sheet)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </aside>
      <div className="sheets-editor">
        <SheetForm spec={draft} onChange={setDraft} />
        <h3>Stories on the sheet</h3>
        {stories.length === 0 && <p>Your vault has no stories yet: every area will say “No story yet”.</p>}
        <SheetPicks
          entries={content.entries}
          stories={stories}
          picks={draft.picks}
          onSwap={(competency, storyId) => setDraft(swapPick(draft, competency, storyId))}
        />
        <div className="sheets-actions">
          <button type="button" className="primary" onClick={() => void save()} disabled={saving || !dirty}>
            {saving ? 'Saving…' : selected ? 'Save changes' : 'Save sheet'}
          </button>
          <button type="button" onClick={() => window.print()}>
            Print
          </button>
          <button
            type="button"
            onClick={() => void exportPdf()}
            disabled={pdf.kind === 'rendering'}
            aria-busy={pdf.kind === 'rendering'}
          >
            {pdf.kind === 'rendering' ? 'Making the PDF…' : 'Export PDF'}
          </button>
          {selected && (
            <button type="button" className="danger-button" onClick={() => void remove()}>
              Delete sheet
            </button>
          )}
        </div>
        <div className="sheets-status" role="status">
          {dirty && selected && 'Unsaved changes.'}
          {pdf.kind === 'done' && ` Saved ${pdf.fileName} to your downloads.`}
        </div>
        {(error || pdf.kind === 'failed') && (
          <p className="sheets-error" role="alert">
            {error ?? (pdf.kind === 'failed' ? pdf.message : '')}
          </p>
        )}
      </div>
      {/* Focusable so the keyboard can scroll a long sheet (it holds no controls of its own). */}
      <div className="sheets-preview-pane" role="region" aria-label="Sheet preview" tabIndex={0}>
        <SheetPreview markup={markup} paper={draft.paper} />
      </div>
    </section>
  )
}
