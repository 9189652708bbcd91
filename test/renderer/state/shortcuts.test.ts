import { describe, expect, it } from 'vitest'
import { commandForKey } from '../../../src/renderer/src/state/shortcuts'

const key = (
  k: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
})

describe('commandForKey', () => {
  it('maps app-wide chords with Ctrl or Cmd, even while typing', () => {
    expect(commandForKey(key('n', { ctrlKey: true }), true)).toBe('new-story')
    expect(commandForKey(key('N', { metaKey: true }), false)).toBe('new-story')
    expect(commandForKey(key('k', { metaKey: true }), true)).toBe('focus-search')
    expect(commandForKey(key('f', { ctrlKey: true }), true)).toBe('focus-filter')
  })
  it('leaves Delete and Ctrl+Z to text fields while typing', () => {
    expect(commandForKey(key('Delete'), true)).toBeNull()
    expect(commandForKey(key('z', { ctrlKey: true }), true)).toBeNull()
    expect(commandForKey(key('Backspace', { ctrlKey: true }), true)).toBeNull()
    expect(commandForKey(key('?'), true)).toBeNull()
  })
  it('deletes, undoes and shows help outside text fields', () => {
    expect(commandForKey(key('Delete'), false)).toBe('delete-story')
    expect(commandForKey(key('Backspace', { ctrlKey: true }), false)).toBe('delete-story')
    expect(commandForKey(key('z', { metaKey: true }), false)).toBe('undo')
    expect(commandForKey(key('?', { shiftKey: true }), false)).toBe('show-help')
  })
  it('ignores plain letters and unrelated chords', () => {
    expect(commandForKey(key('n'), false)).toBeNull()
    expect(commandForKey(key('z', { ctrlKey: true, shiftKey: true }), false)).toBeNull()
    expect(commandForKey(key('n', { ctrlKey: true, altKey: true }), false)).toBeNull()
  })
  it('always passes Escape on', () => {
    expect(commandForKey(key('Escape'), true)).toBe('escape')
  })
})
