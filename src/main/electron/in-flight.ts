/**
 * Tracks calls still running in main, so quitting can wait for them: a save the renderer sends while its
 * window closes (beforeunload / pagehide) must reach the vault before the vault is closed.
 */
export class InFlight {
  private readonly running = new Set<Promise<unknown>>()

  /** Runs `work` and remembers it until it settles; returns its result unchanged. */
  track<T>(work: () => Promise<T>): Promise<T> {
    // work() starts at once (keeping the order calls arrived in); a synchronous throw becomes a rejection.
    const promise = (async () => work())()
    this.running.add(promise)
    const forget = (): void => {
      this.running.delete(promise)
    }
    promise.then(forget, forget)
    return promise
  }

  get size(): number {
    return this.running.size
  }

  /** Resolves once nothing is running, including calls that started while waiting; never rejects. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running])
  }
}
