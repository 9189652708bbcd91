/** Long enough for any save round trip; after it, keys go back to wherever focus is. */
const MAX_HOLD_MS = 5_000

/**
 * Keys typed between "new story" and the new story's editor appearing (a round trip to main) would
 * otherwise land nowhere, or in the previous story's fields. While a story is being created they are
 * held here, and the new editor's title takes them.
 */
export class TypeAhead {
  private text = ''
  private release: (() => void) | null = null

  constructor(private readonly target: Pick<Window, 'addEventListener' | 'removeEventListener'>) {}

  get holding(): boolean {
    return this.release !== null
  }

  start(): void {
    if (this.release) return
    this.text = ''
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return
      if (event.key.length === 1) this.text += event.key
      else if (event.key === 'Backspace') this.text = this.text.slice(0, -1)
      else return
      event.preventDefault()
      event.stopPropagation()
    }
    // Capture phase, so the keys reach no field (and no shortcut) before the new title has them.
    this.target.addEventListener('keydown', onKey, true)
    const timer = setTimeout(() => this.take(), MAX_HOLD_MS)
    this.release = () => {
      this.target.removeEventListener('keydown', onKey, true)
      clearTimeout(timer)
      this.release = null
    }
  }

  /** Stops holding keys and returns what was typed meanwhile ('' when nothing). */
  take(): string {
    this.release?.()
    const typed = this.text
    this.text = ''
    return typed
  }
}
