import { questionKey } from './schedule'
import type { PracticeCard } from './schema'

/** Practice times of one story or question: the latest review and the soonest next review. */
export interface Times {
  lastRehearsed: string | null
  nextDue: string | null
}

/**
 * The cards due at `now`, most overdue first. Cards are state (not replayed from history) and their
 * due times are ISO strings in UTC, which compare in time order as strings: one pass, no date parsing.
 */
export function dueCards(cards: readonly PracticeCard[], now: Date, limit = Infinity): PracticeCard[] {
  const at = now.toISOString()
  const due: PracticeCard[] = []
  for (const card of cards) if (card.due <= at) due.push(card)
  due.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))
  return Number.isFinite(limit) ? due.slice(0, limit) : due
}

function merge(times: Map<string, Times>, key: string, card: PracticeCard): void {
  const current = times.get(key)
  if (!current) {
    times.set(key, { lastRehearsed: card.lastReview, nextDue: card.due })
    return
  }
  if (card.lastReview && (!current.lastRehearsed || card.lastReview > current.lastRehearsed))
    current.lastRehearsed = card.lastReview
  if (!current.nextDue || card.due < current.nextDue) current.nextDue = card.due
}

/** "Last rehearsed" and "next due" per story id. */
export function timesByStory(cards: readonly PracticeCard[]): Map<string, Times> {
  const times = new Map<string, Times>()
  for (const card of cards) merge(times, card.storyId, card)
  return times
}

/** "Last rehearsed" and "next due" per question, keyed by questionKey(). */
export function timesByQuestion(cards: readonly PracticeCard[]): Map<string, Times> {
  const times = new Map<string, Times>()
  for (const card of cards) merge(times, questionKey(card.question), card)
  return times
}
