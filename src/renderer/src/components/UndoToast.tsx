import { useEffect } from 'react'
import { useVault } from '../state/vault-context'

const VISIBLE_MS = 10_000

/** "Deleted <title> — Undo" (or another undoable action), shown until undone, dismissed or timed out. */
export function UndoToast() {
  const { undoOffer, undo, dismissUndo } = useVault()
  useEffect(() => {
    if (!undoOffer) return
    const timer = setTimeout(dismissUndo, VISIBLE_MS)
    return () => clearTimeout(timer)
  }, [undoOffer, dismissUndo])

  return (
    <div className="toast-region" role="status" aria-live="polite">
      {undoOffer && (
        <div className="toast" data-testid="undo-toast">
          <span>{undoOffer.kind === 'story' ? `Deleted “${undoOffer.story.title}”` : undoOffer.label}</span>
          <button type="button" className="link-button" onClick={() => void undo()}>
            Undo
          </button>
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={dismissUndo}>
            ×
          </button>
        </div>
      )}
    </div>
  )
}
