import { questionBank } from '../content/question-bank'
import { lensById } from '../content/lenses'
import type { Deck, DeckCard, DeckRequest } from '../contract/practice'
import type { Story } from '../story/schema'
import { dueCards, timesByQuestion } from './due'
import { competenciesOf } from './questions'
import { cardKey, questionKey } from './schedule'
import type { OwnQuestion, PracticeCard } from './schema'

/** A two-minute answer: the usual length interviewers expect for one story. */
export const DEFAULT_TARGET_SECONDS = 120

export interface DeckSources {
  stories: readonly Story[]
  ownQuestions: readonly OwnQuestion[]
  cards: readonly PracticeCard[]
  /** Search's best story for a question without a linked story (null when nothing fits). */
  suggest(question: string): string | null
}

interface Candidate {
  text: string
  competencies: string[]
  own: boolean
}

function candidates(own: readonly OwnQuestion[]): Candidate[] {
  const seen = new Set<string>()
  const out: Candidate[] = []
  for (const q of own) {
    seen.add(questionKey(q.text))
    out.push({ text: q.text, competencies: q.competencies, own: true })
  }
  for (const q of questionBank) {
    if (seen.has(questionKey(q.text))) continue
    out.push({ text: q.text, competencies: [...q.competencies], own: false })
  }
  return out
}

/** Least practised first: never rehearsed, then longest ago; own questions before bank ones on a tie. */
function byStaleness(list: Candidate[], cards: readonly PracticeCard[]): Candidate[] {
  const times = timesByQuestion(cards)
  const last = (c: Candidate) => times.get(questionKey(c.text))?.lastRehearsed ?? ''
  return list
    .map((c, i) => ({ c, i, last: last(c) }))
    .sort((a, b) =>
      a.last < b.last ? -1 : a.last > b.last ? 1 : Number(b.c.own) - Number(a.c.own) || a.i - b.i,
    )
    .map((x) => x.c)
}

/** Round-robin over the lens's items, so a deck for "amazon" touches as many principles as it can. */
function lensQuestions(lensId: string, pool: Candidate[], length: number): Candidate[] | null {
  const lens = lensById(lensId)
  if (!lens) return null
  const picked: Candidate[] = []
  const used = new Set<Candidate>()
  let progress = true
  while (picked.length < length && progress) {
    progress = false
    for (const item of lens.items) {
      if (picked.length >= length) break
      const next = pool.find(
        (c) => !used.has(c) && c.competencies.some((id) => item.competencies.includes(id)),
      )
      if (!next) continue
      used.add(next)
      picked.push(next)
      progress = true
    }
  }
  return picked
}

function storyFor(
  question: string,
  preferred: string | null,
  sources: DeckSources,
  byId: Map<string, Story>,
): Pick<DeckCard, 'story' | 'storySource'> {
  const key = questionKey(question)
  const linked = preferred
    ? byId.get(preferred)
    : sources.stories.find((s) => s.questions.some((q) => questionKey(q) === key))
  const suggestedId = linked ? null : sources.suggest(question)
  const story = linked ?? (suggestedId ? byId.get(suggestedId) : undefined)
  if (!story) return { story: null, storySource: null }
  return {
    story: { id: story.id, title: story.title, shortVersion: story.shortVersion },
    storySource:
      linked && (preferred === null || story.questions.some((q) => questionKey(q) === key))
        ? 'linked'
        : 'suggested',
  }
}

/** Builds a practice deck from one source. Pure: `now` and the story suggestion are given. */
export function buildDeck(request: DeckRequest, sources: DeckSources, now: Date): Deck {
  const targetSeconds = request.targetSeconds ?? DEFAULT_TARGET_SECONDS
  const byId = new Map(sources.stories.map((s) => [s.id, s]))
  const cardByKey = new Map(sources.cards.map((c) => [cardKey(c.question, c.storyId), c]))
  const dueOf = (question: string, storyId: string | undefined) =>
    storyId ? (cardByKey.get(cardKey(question, storyId))?.due ?? null) : null
  const source = request.source
  let cards: DeckCard[]
  if (source.kind === 'due') {
    cards = dueCards(sources.cards, now)
      .filter((c) => byId.has(c.storyId))
      .slice(0, request.length)
      .map((c) => ({
        question: c.question,
        competencies: competenciesOf(c.question, sources.ownQuestions),
        ...storyFor(c.question, c.storyId, sources, byId),
        due: c.due,
      }))
  } else {
    const pool = byStaleness(candidates(sources.ownQuestions), sources.cards)
    let chosen: Candidate[]
    if (source.kind === 'competency') chosen = pool.filter((c) => c.competencies.includes(source.competency))
    else if (source.kind === 'mine') chosen = pool.filter((c) => c.own)
    else if (source.kind === 'lens') {
      const picked = lensQuestions(source.lens, pool, request.length)
      if (!picked) return { cards: [], targetSeconds, message: `There is no company lens “${source.lens}”.` }
      chosen = picked
    } else {
      chosen = source.questions.map((text) => ({
        text: text.trim(),
        competencies: competenciesOf(text, sources.ownQuestions),
        own: false,
      }))
    }
    cards = chosen.slice(0, request.length).map((c) => {
      const story = storyFor(c.text, null, sources, byId)
      return { question: c.text, competencies: c.competencies, ...story, due: dueOf(c.text, story.story?.id) }
    })
  }
  return {
    cards,
    targetSeconds,
    ...(cards.length < request.length ? { message: shortDeckMessage(request, cards.length) } : {}),
  }
}

function shortDeckMessage(request: DeckRequest, found: number): string {
  const what: Record<DeckRequest['source']['kind'], string> = {
    due: 'cards due now',
    competency: 'questions for this competency',
    lens: 'questions for this lens',
    mine: 'questions of your own',
    picked: 'questions picked',
  }
  if (found === 0) {
    return request.source.kind === 'due'
      ? 'Nothing is due now. Practise another deck, or come back later.'
      : `There are no ${what[request.source.kind]} yet.`
  }
  return `Only ${found} ${what[request.source.kind]}, so the deck is shorter than ${request.length}.`
}
