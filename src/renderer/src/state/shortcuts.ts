import type { MenuCommand } from '../../../shared/contract/events'

/** Everything a key or a menu item can ask the app to do. */
export type AppCommand = MenuCommand | 'show-help' | 'escape'

export interface KeyLike {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
}

/**
 * Maps a key press to a command. `typing` is true when focus is in a text field: there, Delete and
 * Ctrl+Z keep their usual text meaning and only the app-wide chords (N, F, K) act.
 */
export function commandForKey(event: KeyLike, typing: boolean): AppCommand | null {
  const mod = (event.ctrlKey || event.metaKey) && !event.altKey
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key
  if (key === 'Escape') return 'escape'
  if (mod && !event.shiftKey) {
    if (key === 'k') return 'focus-search'
    if (key === 'n') return 'new-story'
    if (key === 'f') return 'focus-filter'
    if (key === 'z' && !typing) return 'undo'
    // The browser's own print would print the app's page; the cheat sheet is what is worth printing.
    if (key === 'p') return 'print'
    if (key === 'Backspace' && !typing) return 'delete-story'
    return null
  }
  if (typing || event.ctrlKey || event.metaKey || event.altKey) return null
  if (key === 'Delete') return 'delete-story'
  if (key === '?') return 'show-help'
  return null
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', ''])

/** True when keys typed now go into a field (so app shortcuts must leave them alone). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false
  const element = target as HTMLElement
  const tag = element.tagName.toLowerCase()
  if (tag === 'textarea' || tag === 'select') return true
  if (tag === 'input') return TEXT_INPUT_TYPES.has((element as HTMLInputElement).type)
  return element.isContentEditable === true
}

export const SHORTCUT_HELP: ReadonlyArray<{ keys: string; does: string }> = [
  { keys: 'Ctrl/⌘ + N', does: 'New story' },
  { keys: 'Ctrl/⌘ + F', does: 'Filter the story list' },
  { keys: 'Ctrl/⌘ + K', does: 'Find a story for an interview question' },
  { keys: 'Ctrl/⌘ + Enter', does: 'In that search: link the question to the chosen story' },
  { keys: '↑ / ↓, Enter', does: 'Move through the list, open a story' },
  { keys: 'Delete or Ctrl/⌘ + Backspace', does: 'Delete the selected story (outside text fields)' },
  { keys: 'Ctrl/⌘ + Z', does: 'Undo the last delete or removal (outside text fields), however long ago' },
  { keys: 'Ctrl/⌘ + P', does: 'Print the cheat sheet' },
  { keys: '?', does: 'Show these shortcuts' },
  { keys: 'Escape', does: 'Close a dialog' },
]
