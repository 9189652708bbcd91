import { cardKey, reviewCard } from './schedule'
import type { Practice, PracticeCard, PracticeEntry, PracticeRating } from './schema'

export interface RatingInput {
  question: string
  storyId: string
  rating: PracticeRating
  seconds: number
  note?: string
}

export interface RecordedRating {
  practice: Practice
  entry: PracticeEntry
  card: PracticeCard
}

/** One rehearsal: a history entry is appended and the pair's card moves on. Pure; the caller saves. */
export function recordRating(
  practice: Practice,
  input: RatingInput,
  now: Date,
  entryId: string,
): RecordedRating {
  const question = input.question.trim()
  const key = cardKey(question, input.storyId)
  // The story id is compared first: the question's key is computed only for that story's few cards.
  const index = practice.cards.findIndex(
    (c) => c.storyId === input.storyId && cardKey(c.question, c.storyId) === key,
  )
  const previous = index >= 0 ? (practice.cards[index] as PracticeCard) : null
  // The card keeps the wording first practised, so later spellings of the same question share it.
  const card = reviewCard(
    previous,
    { question: previous?.question ?? question, storyId: input.storyId },
    input.rating,
    now,
  )
  const entry: PracticeEntry = {
    id: entryId,
    at: now.toISOString(),
    question,
    storyId: input.storyId,
    seconds: Math.round(input.seconds * 10) / 10,
    rating: input.rating,
    note: (input.note ?? '').trim(),
  }
  const cards = index >= 0 ? practice.cards.with(index, card) : [...practice.cards, card]
  return { practice: { cards, history: [...practice.history, entry] }, entry, card }
}
