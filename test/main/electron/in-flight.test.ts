import { describe, expect, it } from 'vitest'
import { InFlight } from '../../../src/main/electron/in-flight'

function later<T>(value: T, ms: number): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms))
}

describe('InFlight', () => {
  it('passes results through and forgets calls once they settle', async () => {
    const inFlight = new InFlight()
    const call = inFlight.track(() => later('saved', 5))
    expect(inFlight.size).toBe(1)
    await expect(call).resolves.toBe('saved')
    expect(inFlight.size).toBe(0)
  })

  it('starts the work at once, in the order calls arrive', () => {
    const inFlight = new InFlight()
    const order: string[] = []
    void inFlight.track(async () => order.push('first'))
    void inFlight.track(async () => order.push('second'))
    expect(order).toEqual(['first', 'second'])
  })

  it('idle() waits for running calls, also ones that start while waiting, and ignores failures', async () => {
    const inFlight = new InFlight()
    const finished: string[] = []
    void inFlight.track(async () => {
      await later(undefined, 5)
      finished.push('save')
      // A call that arrives while quit is already waiting must be waited for too.
      void inFlight.track(async () => {
        await later(undefined, 5)
        finished.push('late save')
      })
    })
    inFlight.track(() => Promise.reject(new Error('refused'))).catch(() => undefined)
    await inFlight.idle()
    expect(finished).toEqual(['save', 'late save'])
    expect(inFlight.size).toBe(0)
  })

  it('turns a synchronous throw into a rejected call', async () => {
    const inFlight = new InFlight()
    await expect(
      inFlight.track(() => {
        throw new Error('bad')
      }),
    ).rejects.toThrow('bad')
    expect(inFlight.size).toBe(0)
  })
})
