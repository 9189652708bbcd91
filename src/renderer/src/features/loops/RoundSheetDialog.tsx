import { useId, useMemo, useState } from 'react'
import { renderSheetMarkup } from '../../../../shared/cheatsheet/render-html'
import type { PaperSize } from '../../../../shared/cheatsheet/schema'
import type { RoundPlan } from '../../../../shared/loops/plan'
import type { Loop } from '../../../../shared/loops/schema'
import { roundSheet } from '../../../../shared/loops/sheet'
import type { Story } from '../../../../shared/story/schema'
import { Modal } from '../../components/Modal'
import { useVault } from '../../state/vault-context'
import { SheetPreview } from '../cheatsheets/SheetPreview'
import { defaultPaper, downloadPdf, pdfBytes } from '../cheatsheets/sheet-draft'
import '../cheatsheets/cheatsheets.css'

type PdfState =
  | { kind: 'idle' }
  | { kind: 'rendering' }
  | { kind: 'done'; fileName: string }
  | { kind: 'failed'; message: string }

/** The round's cheat sheet: the existing sheet, given the round's focus and planned stories. */
export function RoundSheetDialog({
  loop,
  round,
  stories,
  onClose,
}: {
  loop: Loop
  round: RoundPlan
  stories: readonly Story[]
  onClose(): void
}) {
  const { bridge } = useVault()
  const headingId = useId()
  const [paper, setPaper] = useState<PaperSize>(() => defaultPaper(navigator.language))
  const [pdf, setPdf] = useState<PdfState>({ kind: 'idle' })
  const markup = useMemo(
    () => renderSheetMarkup(roundSheet(loop, round, stories, paper)),
    [loop, round, stories, paper],
  )

  async function exportPdf() {
    setPdf({ kind: 'rendering' })
    const result = await bridge.invoke('loops:render-pdf', { loopId: loop.id, roundId: round.roundId, paper })
    if (!result.ok) return setPdf({ kind: 'failed', message: result.error.message })
    downloadPdf(pdfBytes(result.value.base64), result.value.fileName)
    setPdf({ kind: 'done', fileName: result.value.fileName })
  }

  return (
    <Modal
      className="loop-sheet-dialog"
      labelledBy={headingId}
      onClose={onClose}
      locked={pdf.kind === 'rendering'}
    >
      <div className="loop-dialog-head">
        <h2 id={headingId}>
          Cheat sheet: {loop.company}, {round.name}
        </h2>
        <label>
          Paper{' '}
          <select value={paper} onChange={(e) => setPaper(e.target.value as PaperSize)}>
            <option value="a4">A4</option>
            <option value="letter">Letter</option>
          </select>
        </label>
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => void exportPdf()}
          disabled={pdf.kind === 'rendering'}
          aria-busy={pdf.kind === 'rendering'}
        >
          {pdf.kind === 'rendering' ? 'Making the PDF…' : 'Export PDF'}
        </button>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      <p className="loops-muted" role="status">
        {pdf.kind === 'done' && `Saved ${pdf.fileName} to your downloads.`}
        {pdf.kind === 'failed' && pdf.message}
      </p>
      <SheetPreview markup={markup} paper={paper} />
    </Modal>
  )
}
