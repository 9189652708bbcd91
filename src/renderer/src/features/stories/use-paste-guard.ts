import { useCallback, useState } from 'react'
import type { ClipboardEvent } from 'react'
import { refusedPasteMessage } from './story-form'
import type { FormField } from './story-form'

type TextControl = HTMLInputElement | HTMLTextAreaElement

/**
 * Refuses pastes far beyond a field's limit before the browser inserts them, and says so in the field.
 * Returns the handler factory, the current notice, and a way to clear it when the field changes.
 */
export function usePasteGuard() {
  const [notice, setNotice] = useState<{ field: FormField; message: string } | null>(null)

  const guard = useCallback(
    (field: FormField) => (event: ClipboardEvent<TextControl>) => {
      const pasted = event.clipboardData.getData('text/plain').length
      const control = event.currentTarget
      const replaced = (control.selectionEnd ?? 0) - (control.selectionStart ?? 0)
      const message = refusedPasteMessage(field, control.value.length - replaced + pasted)
      if (!message) return
      event.preventDefault()
      setNotice({ field, message })
    },
    [],
  )

  const noticeFor = (field: FormField) => (notice?.field === field ? notice.message : undefined)
  const clear = useCallback((field: FormField) => {
    setNotice((current) => (current?.field === field ? null : current))
  }, [])

  return { guard, noticeFor, clear }
}
