import { questionBank } from '../content/question-bank'
import type { PracticeTimes, QuestionSuggestion, QuestionView, StoryRef } from '../contract/practice'
import { analyzeQuestion } from '../search/question'
import { LIMITS } from '../story/limits'
import type { Story } from '../story/schema'
import type { DeletedStory } from '../vault/document'
import { timesByQuestion } from './due'
import { questionKey } from './schedule'
import type { OwnQuestion, PracticeCard } from './schema'

/** Bullets, numbers and "Q3:" prefixes people paste in front of questions. */
const LINE_PREFIX = /^\s*(?:(?:[-*•·–—>]+|\(?\d{1,3}[.):]|q\d{1,3}[.):]|question\s*\d*[.):])\s*)+/i
const QUOTES = /^["“”'‘’]+|["“”'‘’]+$/g

/** One question per line of a typed or pasted list (or an imported text file), cleaned, in order. */
export function splitQuestionLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(LINE_PREFIX, '').trim().replace(QUOTES, '').trim())
    .filter((line) => line.length > 0)
}

/** Why a question text cannot be stored, in plain words, or null when it is fine. */
export function questionProblem(text: string): string | null {
  const trimmed = text.trim()
  if (!trimmed) return 'A question cannot be empty.'
  if (trimmed.length > LIMITS.question)
    return `A question is limited to ${LIMITS.question} characters; this one has ${trimmed.length.toLocaleString('en-US')}.`
  return null
}

/** The competencies the wording suggests, most likely first (the search's question guess). */
export function guessCompetencies(text: string): Array<{ id: string; confidence: number }> {
  return analyzeQuestion(text).competencies
}

/** A pasted list read before it is added: each line's guess, and why a line would be skipped. */
export function suggestQuestions(text: string, own: readonly OwnQuestion[]): QuestionSuggestion[] {
  const seen = new Set(own.map((q) => questionKey(q.text)))
  return splitQuestionLines(text).map((line) => {
    const key = questionKey(line)
    const problem = questionProblem(line) ?? (seen.has(key) ? 'Already in your questions.' : null)
    seen.add(key)
    return { text: line, competencies: problem ? [] : guessCompetencies(line), problem }
  })
}

/** Question key → the live stories that link it. */
export function linksByQuestion(stories: readonly Story[]): Map<string, StoryRef[]> {
  const links = new Map<string, StoryRef[]>()
  for (const story of stories) {
    for (const question of story.questions) {
      const key = questionKey(question)
      const list = links.get(key)
      const ref = { id: story.id, title: story.title }
      if (!list) links.set(key, [ref])
      else if (!list.some((r) => r.id === story.id)) list.push(ref)
    }
  }
  return links
}

interface ViewSources {
  stories: readonly Story[]
  trash: readonly DeletedStory[]
  ownQuestions: readonly OwnQuestion[]
  cards: readonly PracticeCard[]
}

/** Stories linked to or practised with a question that are gone now, keyed by question. */
function deletedByQuestion({ stories, trash, cards }: ViewSources): Map<string, StoryRef[]> {
  const live = new Set(stories.map((s) => s.id))
  const titles = new Map(trash.map((d) => [d.story.id, d.story.title]))
  const out = new Map<string, StoryRef[]>()
  const add = (question: string, id: string) => {
    if (live.has(id)) return
    const key = questionKey(question)
    const list = out.get(key) ?? []
    if (!list.some((r) => r.id === id)) list.push({ id, title: titles.get(id) ?? 'Deleted story' })
    out.set(key, list)
  }
  for (const { story } of trash) for (const q of story.questions) add(q, story.id)
  for (const card of cards) add(card.question, card.storyId)
  return out
}

const NO_TIMES: PracticeTimes = { lastRehearsed: null, nextDue: null }

/** Own questions first (newest first), then the bank's, each with its links and practice times. */
export function questionViews(
  sources: ViewSources,
  filter: { mine?: boolean; competency?: string } = {},
): QuestionView[] {
  const links = linksByQuestion(sources.stories)
  const deleted = deletedByQuestion(sources)
  const times = timesByQuestion(sources.cards)
  const views: QuestionView[] = []
  const seen = new Set<string>()
  const push = (id: string, source: QuestionView['source'], text: string, competencies: string[]) => {
    const key = questionKey(text)
    if (seen.has(key)) return
    seen.add(key)
    if (filter.competency && !competencies.includes(filter.competency)) return
    views.push({
      id,
      source,
      text,
      competencies,
      stories: links.get(key) ?? [],
      deletedStories: deleted.get(key) ?? [],
      ...(times.get(key) ?? NO_TIMES),
    })
  }
  const own = [...sources.ownQuestions].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
  for (const q of own) push(q.id, 'own', q.text, q.competencies)
  if (!filter.mine) for (const q of questionBank) push(q.id, 'bank', q.text, [...q.competencies])
  return views
}

/** The bank's or the person's competencies for a question text, else the guess. */
export function competenciesOf(text: string, own: readonly OwnQuestion[]): string[] {
  const key = questionKey(text)
  const mine = own.find((q) => questionKey(q.text) === key)
  if (mine) return mine.competencies
  const bank = questionBank.find((q) => questionKey(q.text) === key)
  if (bank) return [...bank.competencies]
  return guessCompetencies(text).map((c) => c.id)
}
