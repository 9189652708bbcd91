import type { ChangeEvent, ClipboardEventHandler, ReactNode } from 'react'

interface FieldProps {
  id: string
  label: string
  hint?: string
  error?: string | undefined
  children: (describedBy: string | undefined) => ReactNode
}

/** A label, the control, a hint and an inline error tied to the control for screen readers. */
export function Field({ id, label, hint, error, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {children(describedBy)}
      {error && (
        <p className="field-error" id={errorId} role="alert">
          {error}
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
  hint?: string
  readOnly?: boolean
  placeholder?: string
  inputMode?: 'numeric'
  onPaste?: ClipboardEventHandler<HTMLInputElement | HTMLTextAreaElement>
}

export function TextInput({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  readOnly,
  placeholder,
  inputMode,
  onPaste,
}: TextProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <input
          id={id}
          type="text"
          value={value}
          readOnly={readOnly}
          placeholder={placeholder}
          inputMode={inputMode}
          onPaste={onPaste}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
        />
      )}
    </Field>
  )
}

export function TextArea({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  readOnly,
  placeholder,
  onPaste,
}: TextProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <textarea
          id={id}
          value={value}
          readOnly={readOnly}
          placeholder={placeholder}
          rows={3}
          onPaste={onPaste}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  )
}
