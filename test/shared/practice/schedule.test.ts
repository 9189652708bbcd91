import { describe, expect, it } from 'vitest'
import { dueCards, timesByQuestion, timesByStory } from '../../../src/shared/practice/due'
import { recordRating } from '../../../src/shared/practice/record'
import { questionKey, replayHistory, reviewCard } from '../../../src/shared/practice/schedule'
import type { Practice, PracticeCard, PracticeRating } from '../../../src/shared/practice/schema'

const Q = 'Tell me about a time you missed a deadline'
const at = (iso: string) => new Date(iso)

describe('spaced repetition with an injected clock', () => {
  it('a good first answer is due later than an again, and easy later still', () => {
    const now = at('2026-05-01T09:00:00.000Z')
    const due = (rating: PracticeRating) => reviewCard(null, { question: Q, storyId: 's' }, rating, now).due
    expect(due('again') < due('good')).toBe(true)
    expect(due('good') < due('easy')).toBe(true)
    expect(reviewCard(null, { question: Q, storyId: 's' }, 'good', now)).toMatchObject({
      reps: 1,
      lapses: 0,
      lastReview: '2026-05-01T09:00:00.000Z',
    })
  })

  it('records a rating as a history entry plus the moved card, and keeps the first wording', () => {
    let practice: Practice = { cards: [], history: [] }
    const first = recordRating(
      practice,
      { question: Q, storyId: 's', rating: 'good', seconds: 95.04, note: ' ok ' },
      at('2026-05-01T09:00:00.000Z'),
      'e1',
    )
    expect(first.entry).toEqual({
      id: 'e1',
      at: '2026-05-01T09:00:00.000Z',
      question: Q,
      storyId: 's',
      seconds: 95,
      rating: 'good',
      note: 'ok',
    })
    practice = first.practice
    const second = recordRating(
      practice,
      { question: `  ${Q.toUpperCase()} `, storyId: 's', rating: 'hard', seconds: 150 },
      at('2026-05-04T09:00:00.000Z'),
      'e2',
    )
    expect(second.practice.cards).toHaveLength(1)
    expect(second.card).toMatchObject({ question: Q, reps: 2 })
    expect(second.practice.history.map((e) => e.id)).toEqual(['e1', 'e2'])
    // The input is not changed: the store keeps the old document until the save is durable.
    expect(practice.history).toHaveLength(1)
  })

  it('the stored cards equal the cards rebuilt from the history', () => {
    let practice: Practice = { cards: [], history: [] }
    const ratings: PracticeRating[] = ['good', 'again', 'hard', 'good', 'easy', 'good']
    ratings.forEach((rating, i) => {
      const day = String(1 + i * 3).padStart(2, '0')
      practice = recordRating(
        practice,
        { question: i % 2 ? 'Why this company?' : Q, storyId: i % 3 ? 'a' : 'b', rating, seconds: 60 },
        at(`2026-05-${day}T09:00:00.000Z`),
        `e${i}`,
      ).practice
    })
    const sort = (cards: PracticeCard[]) =>
      [...cards].sort((x, y) => (x.storyId + x.question).localeCompare(y.storyId + y.question))
    expect(sort(replayHistory(practice.history))).toEqual(sort(practice.cards))
  })

  it('due cards: only those due, most overdue first; times per story and per question', () => {
    const card = (question: string, storyId: string, due: string, lastReview: string): PracticeCard => ({
      question,
      storyId,
      due,
      lastReview,
      stability: 1,
      difficulty: 5,
      reps: 1,
      lapses: 0,
      state: 2,
      learningSteps: 0,
      scheduledDays: 1,
    })
    const cards = [
      card('A', 's1', '2026-05-03T00:00:00.000Z', '2026-05-01T00:00:00.000Z'),
      card('B', 's1', '2026-05-02T00:00:00.000Z', '2026-04-30T00:00:00.000Z'),
      card('A', 's2', '2026-06-01T00:00:00.000Z', '2026-05-02T00:00:00.000Z'),
    ]
    expect(dueCards(cards, at('2026-05-10T00:00:00.000Z')).map((c) => c.question)).toEqual(['B', 'A'])
    expect(timesByStory(cards).get('s1')).toEqual({
      lastRehearsed: '2026-05-01T00:00:00.000Z',
      nextDue: '2026-05-02T00:00:00.000Z',
    })
    expect(timesByQuestion(cards).get(questionKey('a'))).toEqual({
      lastRehearsed: '2026-05-02T00:00:00.000Z',
      nextDue: '2026-05-03T00:00:00.000Z',
    })
  })

  it('finds due cards among 20,000 from the cards alone, quickly', () => {
    const base = Date.parse('2026-01-01T00:00:00.000Z')
    const cards: PracticeCard[] = Array.from({ length: 20_000 }, (_, i) => ({
      question: `Question ${i % 10_000}`,
      storyId: `s${i % 7}`,
      due: new Date(base + i * 600_000).toISOString(),
      lastReview: null,
      stability: 1,
      difficulty: 5,
      reps: 1,
      lapses: 0,
      state: 2,
      learningSteps: 0,
      scheduledDays: 1,
    }))
    const times: number[] = []
    let due: PracticeCard[] = []
    for (let i = 0; i < 5; i++) {
      const started = performance.now()
      due = dueCards(cards, at('2026-02-01T00:00:00.000Z'))
      times.push(performance.now() - started)
    }
    // The 20 ms target is measured by bench/practised.ts; here, headroom for a loaded test machine
    // (replaying 50,000 history entries instead would take seconds).
    expect(times.sort((a, b) => a - b)[2]).toBeLessThan(100)
    // 31 days of one card every 10 minutes, plus the one due exactly now.
    expect(due.length).toBe(4465)
  })
})
