import type { PracticeRating } from '../../../../shared/practice/schema'
import { PRACTICE_RATINGS } from '../../../../shared/practice/schema'

export type SessionKeyAction =
  { kind: 'toggle-timer' } | { kind: 'rate'; rating: PracticeRating } | { kind: 'next' } | { kind: 'end' }

export interface SessionKey {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
}

/** What a key does on a practice card. In a text field only Enter (next) and Escape (end) act. */
export function sessionKeyAction(
  event: SessionKey,
  where: 'typing' | 'button' | 'other',
): SessionKeyAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null
  if (event.key === 'Escape') return { kind: 'end' }
  // A focused button answers Enter itself (it may be "Show the story"); the card must not act twice.
  if (event.key === 'Enter') return where === 'button' ? null : { kind: 'next' }
  if (where === 'typing') return null
  if (event.key === ' ' || event.key === 'Spacebar') return { kind: 'toggle-timer' }
  const digit = Number(event.key)
  const rating = Number.isInteger(digit) ? PRACTICE_RATINGS[digit - 1] : undefined
  return rating ? { kind: 'rate', rating } : null
}

export const RATING_LABELS: Record<PracticeRating, string> = {
  again: 'Again',
  hard: 'Hard',
  good: 'Good',
  easy: 'Easy',
}

export const RATING_HINTS: Record<PracticeRating, string> = {
  again: 'Lost the thread or picked the wrong story',
  hard: 'Got there, with gaps',
  good: 'Clear, on time',
  easy: 'Could tell it in my sleep',
}
