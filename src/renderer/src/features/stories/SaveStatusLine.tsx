import type { SaveStatus } from './autosave'
import type { FormField } from './story-form'

export interface InvalidField {
  field: FormField
  label: string
  message: string
}

interface SaveStatusLineProps {
  status: SaveStatus
  /** Fields whose typed text cannot be saved yet (the rest of the story is saved), in form order. */
  invalid: readonly InvalidField[]
  readOnly: boolean
  /** The vault changed on disk and writes wait for the person's choice in the banner. */
  waitingForChoice?: boolean
  onRetry(): void
  /** Scrolls to an invalid field and puts the cursor in it. */
  onShowField?(field: FormField): void
}

function joinLabels(labels: string[]): string {
  if (labels.length <= 1) return labels.join('')
  return `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`
}

export function SaveStatusLine({
  status,
  invalid,
  readOnly,
  waitingForChoice = false,
  onRetry,
  onShowField,
}: SaveStatusLineProps) {
  let text: string
  let tone = 'calm'
  // The vault changed on disk: main refuses writes until the person picks a version in the banner.
  const conflict =
    (status.kind === 'error' && status.code === 'conflict') ||
    (waitingForChoice && status.kind !== 'idle' && status.kind !== 'saved')
  const hasInvalid = invalid.length > 0
  const state = readOnly ? 'read-only' : conflict ? 'conflict' : hasInvalid ? 'invalid' : status.kind
  if (readOnly) text = 'Read-only'
  else if (conflict) {
    text = 'Not saved yet — your vault changed on disk. Choose a version above; what you typed is kept.'
    tone = 'warning'
  } else if (hasInvalid) {
    const labels = joinLabels(invalid.map((i) => i.label))
    const rest =
      status.kind === 'error'
        ? `and the rest couldn't be saved — ${status.message}`
        : status.kind === 'pending' || status.kind === 'saving'
          ? 'saving the rest…'
          : 'the rest is saved'
    text = `${labels} ${invalid.length === 1 ? 'is' : 'are'} not saved (see the marked ${invalid.length === 1 ? 'field' : 'fields'}); ${rest}`
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
      {hasInvalid &&
        !readOnly &&
        onShowField &&
        invalid.map(({ field, label }) => (
          <button key={field} type="button" className="link-button" onClick={() => onShowField(field)}>
            Go to {label}
          </button>
        ))}
      {status.kind === 'error' && !conflict && !readOnly && (
        <button type="button" className="link-button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  )
}
