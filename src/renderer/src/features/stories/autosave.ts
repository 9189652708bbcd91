export type SaveStatus =
  | { kind: 'idle' }
  /** Changes are waiting for the pause in typing. */
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  /** `code` is the failure's ErrorCode when it has one ('conflict': the vault changed on disk). */
  | { kind: 'error'; message: string; code?: string }

export type SaveOutcome = { ok: true } | { ok: false; error: { message: string; code?: string } }

export interface AutosaveOptions<T> {
  /** How long typing must pause before a save starts. */
  delayMs: number
  save(value: T): Promise<SaveOutcome>
  onStatus(status: SaveStatus): void
  /** Called after each successful save with the value that was saved. */
  onSaved?(value: T): void
}

/**
 * Debounced saving of the newest value, one save at a time. Values typed while a save is in flight
 * are saved right after it; a failed value is kept and tried again on the next change, flush or retry.
 */
export class AutosaveScheduler<T> {
  private pending: { value: T } | null = null
  private timer: ReturnType<typeof setTimeout> | null = null
  private running: Promise<void> | null = null
  private failed = false
  private discarded = false
  private current: SaveStatus = { kind: 'idle' }

  constructor(private readonly options: AutosaveOptions<T>) {}

  get status(): SaveStatus {
    return this.current
  }

  change(value: T): void {
    if (this.discarded) return
    this.pending = { value }
    this.failed = false
    this.report({ kind: 'pending' })
    this.clearTimer()
    this.timer = setTimeout(() => void this.flush(), this.options.delayMs)
  }

  /** Saves what is pending now; resolves when everything typed so far has been saved or has failed. */
  flush(): Promise<void> {
    this.clearTimer()
    if (this.discarded) return this.running ?? Promise.resolve()
    if (this.running) {
      // A save is in flight; when it settles, save whatever arrived meanwhile (unless that failed).
      return this.running.then(() => (this.pending && !this.failed ? this.flush() : undefined))
    }
    if (!this.pending) return Promise.resolve()
    this.running = this.drain().finally(() => {
      this.running = null
    })
    return this.running
  }

  retry(): Promise<void> {
    this.failed = false
    return this.flush()
  }

  hasUnsaved(): boolean {
    return this.pending !== null || this.running !== null
  }

  /**
   * Drops everything not yet saved, for good: the person chose another version of the vault, and the
   * editor holding this scheduler is about to be replaced. Resolves once a save already in flight has
   * settled, so its answer cannot land on top of the version loaded next.
   */
  discard(): Promise<void> {
    this.discarded = true
    this.clearTimer()
    this.pending = null
    this.failed = false
    this.report({ kind: 'idle' })
    return this.running ?? Promise.resolve()
  }

  /** Stops the timer. Pending changes stay pending: call flush() first to keep them. */
  dispose(): void {
    this.clearTimer()
  }

  private async drain(): Promise<void> {
    while (this.pending) {
      const { value } = this.pending
      this.pending = null
      this.report({ kind: 'saving' })
      let outcome: SaveOutcome
      try {
        outcome = await this.options.save(value)
      } catch (error) {
        outcome = { ok: false, error: { message: error instanceof Error ? error.message : String(error) } }
      }
      if (this.discarded) return
      if (outcome.ok) {
        this.options.onSaved?.(value)
        continue
      }
      // Keep the failed value unless something newer arrived; the newer value includes its changes.
      if (!this.pending) {
        this.pending = { value }
        this.failed = true
        const { message, code } = outcome.error
        this.report(code === undefined ? { kind: 'error', message } : { kind: 'error', message, code })
        return
      }
    }
    this.report({ kind: 'saved' })
  }

  private report(status: SaveStatus): void {
    this.current = status
    this.options.onStatus(status)
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
  }
}
