import type { SessionSummary } from '../contract/practice'
import type { Story } from '../story/schema'
import { DEFAULT_TARGET_SECONDS } from './deck'
import { PRACTICE_RATINGS, type PracticeEntry, type PracticeRating } from './schema'

/**
 * What a practice session showed: time per answer against the target, the ratings, the stories told
 * for more than one question, and the competencies whose answers went badly.
 */
export function summarizeSession(
  entries: readonly PracticeEntry[],
  stories: readonly Pick<Story, 'id' | 'title'>[],
  competenciesOf: (question: string) => readonly string[],
  targetSeconds = DEFAULT_TARGET_SECONDS,
): SessionSummary {
  const titles = new Map(stories.map((s) => [s.id, s.title]))
  const ref = (id: string) => ({ id, title: titles.get(id) ?? 'Deleted story' })
  const ratings = Object.fromEntries(PRACTICE_RATINGS.map((r) => [r, 0])) as Record<PracticeRating, number>
  const storyUses = new Map<string, Set<string>>()
  const byCompetency = new Map<string, { again: number; hard: number; total: number }>()
  let totalSeconds = 0
  let overTarget = 0
  const perAnswer = entries.map((entry) => {
    ratings[entry.rating]++
    totalSeconds += entry.seconds
    const over = entry.seconds > targetSeconds
    if (over) overTarget++
    const uses = storyUses.get(entry.storyId) ?? new Set<string>()
    uses.add(entry.question.toLowerCase())
    storyUses.set(entry.storyId, uses)
    for (const id of new Set(competenciesOf(entry.question))) {
      const tally = byCompetency.get(id) ?? { again: 0, hard: 0, total: 0 }
      tally.total++
      if (entry.rating === 'again') tally.again++
      if (entry.rating === 'hard') tally.hard++
      byCompetency.set(id, tally)
    }
    return {
      question: entry.question,
      story: ref(entry.storyId),
      seconds: entry.seconds,
      overTarget: over,
      rating: entry.rating,
    }
  })
  const repeatedStories = [...storyUses]
    .filter(([, questions]) => questions.size > 1)
    .map(([id, questions]) => ({ ...ref(id), times: questions.size }))
    .sort((a, b) => b.times - a.times)
  const weakCompetencies = [...byCompetency]
    .filter(([, t]) => t.again + t.hard > t.total - t.again - t.hard)
    .map(([id, t]) => ({ id, ...t }))
    .sort((a, b) => b.again + b.hard - (a.again + a.hard))
  const answers = entries.length
  return {
    answers,
    totalSeconds: Math.round(totalSeconds),
    averageSeconds: answers ? Math.round(totalSeconds / answers) : 0,
    targetSeconds,
    overTarget,
    ratings,
    repeatedStories,
    weakCompetencies,
    perAnswer,
  }
}
