import type { ChangeEvent, ClipboardEventHandler, ReactNode } from 'react'

interface FieldProps {
  id: string
  label: string
  hint?: string
  error?: string | undefined
  /** Not a problem, but worth reading: how a number was read, or "Is that right?". */
  note?: string | undefined
  children: (describedBy: string | undefined) => ReactNode
}

/** A label, the control, a hint and an inline error tied to the control for screen readers. */
export function Field({ id, label, hint, error, note, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const noteId = note && !error ? `${id}-note` : undefined
  const describedBy = [hintId, errorId, noteId].filter(Boolean).join(' ') || undefined
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {children(describedBy)}
      {/* Not an alert: it would interrupt every keystroke. The editor announces it when the field is left. */}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
      {noteId && (
        <p className="field-note" id={noteId}>
          {note}
        </p>
      )}
    </div>
  )
}

interface TextProps {
  id: string
  label: string
  value: string
  onChange(value: string): void
  error?: string | undefined
  note?: string | undefined
  hint?: string
  readOnly?: boolean
  placeholder?: string
  inputMode?: 'numeric'
  onPaste?: ClipboardEventHandler<HTMLInputElement | HTMLTextAreaElement>
}

/** The attributes a text box and a text area share: value, change, paste guard and error wiring. */
function textControlProps(
  { id, value, onChange, error, readOnly, placeholder, onPaste }: TextProps,
  describedBy: string | undefined,
) {
  return {
    id,
    value,
    readOnly,
    placeholder,
    onPaste,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(event.target.value),
  }
}

export function TextInput(props: TextProps) {
  const { id, label, hint, error, note, inputMode } = props
  return (
    <Field id={id} label={label} hint={hint} error={error} note={note}>
      {(describedBy) => <input type="text" inputMode={inputMode} {...textControlProps(props, describedBy)} />}
    </Field>
  )
}

export function TextArea(props: TextProps) {
  const { id, label, hint, error } = props
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(describedBy) => <textarea rows={3} {...textControlProps(props, describedBy)} />}
    </Field>
  )
}
