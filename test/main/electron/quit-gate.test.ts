import { describe, expect, it, vi } from 'vitest'
import { createQuitGate } from '../../../src/main/electron/quit-gate'

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void } {
  let resolve!: () => void
  let reject!: (error: Error) => void
  const promise = new Promise<void>((ok, fail) => {
    resolve = ok
    reject = fail
  })
  return { promise, resolve, reject }
}

describe('quit gate', () => {
  it('holds every quit until finishing is done, finishes once, then quits', async () => {
    const done = deferred()
    const finish = vi.fn(() => done.promise)
    const quit = vi.fn()
    const gate = createQuitGate(finish, quit)

    expect(gate.holdQuit()).toBe(true)
    // The last window closing calls app.quit() again while the vault is still writing.
    expect(gate.holdQuit()).toBe(true)
    expect(finish).toHaveBeenCalledTimes(1)
    expect(quit).not.toHaveBeenCalled()

    done.resolve()
    await vi.waitFor(() => expect(quit).toHaveBeenCalledTimes(1))
    expect(gate.holdQuit()).toBe(false)
    expect(finish).toHaveBeenCalledTimes(1)
  })

  it('still quits (and says why) when closing fails', async () => {
    const done = deferred()
    const quit = vi.fn()
    const log = vi.fn()
    const gate = createQuitGate(() => done.promise, quit, log)
    gate.holdQuit()
    done.reject(new Error('disk full'))
    await vi.waitFor(() => expect(quit).toHaveBeenCalledTimes(1))
    expect(log).toHaveBeenCalledWith(expect.stringContaining('closing the vault failed'), expect.any(Error))
    expect(gate.holdQuit()).toBe(false)
  })
})
