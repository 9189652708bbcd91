import { useEffect } from 'react'
import { useVault } from '../state/vault-context'

const VISIBLE_MS = 10_000

/** "Deleted <title> — Undo", shown after a delete until undone, dismissed or timed out. */
export function UndoToast() {
  const { lastDeleted, undoDelete, dismissUndo } = useVault()
  useEffect(() => {
    if (!lastDeleted) return
    const timer = setTimeout(dismissUndo, VISIBLE_MS)
    return () => clearTimeout(timer)
  }, [lastDeleted, dismissUndo])

  return (
    <div className="toast-region" role="status" aria-live="polite">
      {lastDeleted && (
        <div className="toast" data-testid="undo-toast">
          <span>Deleted “{lastDeleted.title}”</span>
          <button type="button" className="link-button" onClick={() => void undoDelete()}>
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
