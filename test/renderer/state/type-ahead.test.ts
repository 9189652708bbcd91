// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TypeAhead } from '../../../src/renderer/src/state/type-ahead'

const press = (key: string, init: KeyboardEventInit = {}) => {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })
  document.body.dispatchEvent(event)
  return event
}

afterEach(() => vi.useRealTimers())

describe('TypeAhead', () => {
  it('holds printable keys (and Backspace) while started, and hands them over once', () => {
    const typeAhead = new TypeAhead(window)
    typeAhead.start()
    for (const key of ['H', 'e', 'y', 'x']) press(key)
    const backspace = press('Backspace')
    expect(backspace.defaultPrevented).toBe(true)
    expect(typeAhead.take()).toBe('Hey')
    expect(typeAhead.take()).toBe('')
    // Released: keys go where focus is again.
    expect(press('a').defaultPrevented).toBe(false)
  })

  it('leaves shortcuts and other keys alone', () => {
    const typeAhead = new TypeAhead(window)
    typeAhead.start()
    expect(press('n', { ctrlKey: true }).defaultPrevented).toBe(false)
    expect(press('Escape').defaultPrevented).toBe(false)
    expect(typeAhead.take()).toBe('')
  })

  it('stops holding keys by itself if no editor ever takes them', () => {
    vi.useFakeTimers()
    const typeAhead = new TypeAhead(window)
    typeAhead.start()
    vi.advanceTimersByTime(5_000)
    expect(typeAhead.holding).toBe(false)
    expect(press('a').defaultPrevented).toBe(false)
  })
})
