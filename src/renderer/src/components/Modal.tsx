import type { KeyboardEvent, ReactNode } from 'react'

interface ModalProps {
  className?: string
  /** Id of the heading that names the dialog; or `label` when it has none. */
  labelledBy?: string
  label?: string
  onClose(): void
  /** While work is under way, a click outside or Escape does not close it. */
  locked?: boolean
  onKeyDown?(event: KeyboardEvent<HTMLDivElement>): void
  children: ReactNode
}

/** A modal dialog over a dimmed page: a click outside or Escape closes it. */
export function Modal({ className, labelledBy, label, onClose, locked, onKeyDown, children }: ModalProps) {
  return (
    <div className="overlay" onClick={locked ? undefined : onClose}>
      <div
        className={className ? `dialog ${className}` : 'dialog'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        aria-label={label}
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          onKeyDown?.(event)
          if (event.key === 'Escape' && !event.defaultPrevented && !locked) onClose()
        }}
      >
        {children}
      </div>
    </div>
  )
}
