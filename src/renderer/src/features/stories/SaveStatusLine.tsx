import type { SaveStatus } from './autosave'

interface SaveStatusLineProps {
  status: SaveStatus
  /** Why the current edits cannot be saved yet, if they cannot. */
  invalid: string | null
  readOnly: boolean
  /** The vault changed on disk and writes wait for the person's choice in the banner. */
  waitingForChoice?: boolean
  onRetry(): void
}

export function SaveStatusLine({
  status,
  invalid,
  readOnly,
  waitingForChoice = false,
  onRetry,
}: SaveStatusLineProps) {
  let text: string
  let tone = 'calm'
  // The vault changed on disk: main refuses writes until the person picks a version in the banner.
  const conflict =
    (status.kind === 'error' && status.code === 'conflict') ||
    (waitingForChoice && status.kind !== 'idle' && status.kind !== 'saved')
  const state = readOnly ? 'read-only' : invalid ? 'invalid' : conflict ? 'conflict' : status.kind
  if (readOnly) text = 'Read-only'
  else if (invalid) {
    text = `Not saved yet — ${invalid}`
    tone = 'warning'
  } else if (conflict) {
    text = 'Not saved yet — your vault changed on disk. Choose a version above; what you typed is kept.'
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
      {status.kind === 'error' && !conflict && !invalid && !readOnly && (
        <button type="button" className="link-button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  )
}
