import type { SaveStatus } from './autosave'

interface SaveStatusLineProps {
  status: SaveStatus
  /** Why the current edits cannot be saved yet, if they cannot. */
  invalid: string | null
  readOnly: boolean
  onRetry(): void
}

export function SaveStatusLine({ status, invalid, readOnly, onRetry }: SaveStatusLineProps) {
  let text: string
  let tone = 'calm'
  const state = readOnly ? 'read-only' : invalid ? 'invalid' : status.kind
  if (readOnly) text = 'Read-only'
  else if (invalid) {
    text = `Not saved yet — ${invalid}`
    tone = 'warning'
  } else if (status.kind === 'pending' || status.kind === 'saving') text = 'Saving…'
  else if (status.kind === 'error') {
    text = `Couldn't save — ${status.message}`
    tone = 'error'
  } else text = 'Saved'

  return (
    <div className={`save-status save-status-${tone}`} data-testid="save-status" data-state={state}>
      <span role="status" aria-live="polite">
        {text}
      </span>
      {status.kind === 'error' && !invalid && !readOnly && (
        <button type="button" className="link-button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  )
}
