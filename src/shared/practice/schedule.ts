import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs'
import type { PracticeCard, PracticeEntry, PracticeRating } from './schema'

const GRADES: Record<PracticeRating, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
}

// No fuzz: the same history always gives the same schedule (tests, and a schedule recomputed from history).
const scheduler = fsrs({ enable_fuzz: false })

function toFsrs(card: PracticeCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: 0,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.lastReview ? { last_review: new Date(card.lastReview) } : {}),
  }
}

/** The card for a question–story pair after one more rating (a new card when `card` is null). */
export function reviewCard(
  card: PracticeCard | null,
  key: { question: string; storyId: string },
  rating: PracticeRating,
  now: Date,
): PracticeCard {
  const before = card ? toFsrs(card) : createEmptyCard(now)
  const next = scheduler.next(before, now, GRADES[rating]).card
  return {
    question: key.question,
    storyId: key.storyId,
    due: next.due.toISOString(),
    stability: next.stability,
    difficulty: next.difficulty,
    reps: next.reps,
    lapses: next.lapses,
    state: next.state,
    lastReview: (next.last_review ?? now).toISOString(),
    learningSteps: next.learning_steps,
    scheduledDays: next.scheduled_days,
  }
}

/** Case and spacing do not make another question: "Tell me…" and "tell me … " are one card. */
export function questionKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase()
}

export function cardKey(question: string, storyId: string): string {
  return `${storyId}\u0000${questionKey(question)}`
}

/**
 * Every card recomputed from the history alone (oldest first). Not used on the hot path — cards are
 * kept as state — but it proves the stored cards can always be rebuilt, and repairs them if needed.
 */
export function replayHistory(history: readonly PracticeEntry[]): PracticeCard[] {
  const cards = new Map<string, PracticeCard>()
  const ordered = [...history].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
  for (const entry of ordered) {
    const key = cardKey(entry.question, entry.storyId)
    cards.set(key, reviewCard(cards.get(key) ?? null, entry, entry.rating, new Date(entry.at)))
  }
  return [...cards.values()]
}
