import { describe, expect, it } from 'vitest'
import { sessionKeyAction } from '../../../../src/renderer/src/features/practice/session-keys'

const press = (
  key: string,
  extra: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {},
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...extra,
})

describe('practice keys', () => {
  it('maps Space, 1–4, Enter and Escape on the card', () => {
    expect(sessionKeyAction(press(' '), 'other')).toEqual({ kind: 'toggle-timer' })
    expect(['1', '2', '3', '4'].map((k) => sessionKeyAction(press(k), 'other'))).toEqual([
      { kind: 'rate', rating: 'again' },
      { kind: 'rate', rating: 'hard' },
      { kind: 'rate', rating: 'good' },
      { kind: 'rate', rating: 'easy' },
    ])
    expect(sessionKeyAction(press('Enter'), 'other')).toEqual({ kind: 'next' })
    expect(sessionKeyAction(press('Escape'), 'other')).toEqual({ kind: 'end' })
  })

  it('leaves other keys, chords and typing alone', () => {
    expect(sessionKeyAction(press('5'), 'other')).toBeNull()
    expect(sessionKeyAction(press('0'), 'other')).toBeNull()
    expect(sessionKeyAction(press('3', { ctrlKey: true }), 'other')).toBeNull()
    expect(sessionKeyAction(press('k', { metaKey: true }), 'other')).toBeNull()
    expect(sessionKeyAction(press(' '), 'typing')).toBeNull()
    expect(sessionKeyAction(press('2'), 'typing')).toBeNull()
    expect(sessionKeyAction(press('Enter'), 'typing')).toEqual({ kind: 'next' })
  })

  it('lets a focused button answer Enter itself, but Space still drives the timer', () => {
    expect(sessionKeyAction(press('Enter'), 'button')).toBeNull()
    expect(sessionKeyAction(press(' '), 'button')).toEqual({ kind: 'toggle-timer' })
  })
})
