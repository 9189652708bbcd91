/**
 * Holds a quit until `finish` has run once (close the windows so their last saves are sent, wait for
 * those calls, close the vault), then lets it through. Every 'before-quit' while finishing is held too:
 * closing the last window calls app.quit() again, and that must not end the process mid-write.
 */
export interface QuitGate {
  /** Call from 'before-quit'; true means "hold this quit" (the caller calls event.preventDefault()). */
  holdQuit(): boolean
}

export function createQuitGate(
  finish: () => Promise<void>,
  quit: () => void,
  log: (message: string, error: unknown) => void = console.error,
): QuitGate {
  let state: 'running' | 'finishing' | 'finished' = 'running'
  return {
    holdQuit() {
      if (state === 'finished') return false
      if (state === 'running') {
        state = 'finishing'
        void finish()
          .catch((error: unknown) => log('[story-vault] closing the vault failed:', error))
          .finally(() => {
            state = 'finished'
            quit()
          })
      }
      return true
    },
  }
}
