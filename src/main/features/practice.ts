import { randomUUID } from 'node:crypto'
import type { Handlers } from '../../shared/contract'
import { AppFailure } from '../../shared/contract/result'
import { buildDeck } from '../../shared/practice/deck'
import { dueCards, timesByStory } from '../../shared/practice/due'
import { linkQuestion, renameQuestion, unlinkQuestion } from '../../shared/practice/links'
import {
  competenciesOf,
  guessCompetencies,
  questionProblem,
  questionViews,
  suggestQuestions,
} from '../../shared/practice/questions'
import { recordRating } from '../../shared/practice/record'
import { questionKey } from '../../shared/practice/schedule'
import type { OwnQuestion, PracticeCard, PracticeEntry } from '../../shared/practice/schema'
import { summarizeSession } from '../../shared/practice/summary'
import { buildSearchIndex, type SearchIndex } from '../../shared/search/index'
import { searchStories } from '../../shared/search/rank'
import type { Story } from '../../shared/story/schema'
import type { Services } from './services'

type PracticeChannel = Extract<keyof Handlers, `practice:${string}`>
type PracticeHandlers = Pick<Handlers, PracticeChannel>

function ownNotFound(id: string): AppFailure {
  return new AppFailure('not-found', `There is no question of yours with id ${id}. It may have been removed.`)
}

/** Practice: own questions, question ↔ story links, spaced repetition, decks and session summaries. */
export function createPracticeHandlers(
  { vault }: Services,
  now: () => Date = () => new Date(),
): PracticeHandlers {
  let index: { stories: readonly Story[]; index: SearchIndex } | undefined
  const searchIndex = (): SearchIndex => {
    const stories = vault.current().stories
    if (index?.stories !== stories)
      index = { stories, index: buildSearchIndex(stories, { previous: index?.index }) }
    return index.index
  }
  const storyRef = (id: string) => {
    const story = vault.current().stories.find((s) => s.id === id)
    return { id, title: story?.title ?? 'Deleted story' }
  }

  return {
    'practice:questions': (filter) => {
      const doc = vault.current()
      return questionViews(
        { stories: doc.stories, trash: doc.trash, ownQuestions: doc.ownQuestions, cards: doc.practice.cards },
        filter,
      )
    },

    'practice:suggest-questions': (text) => suggestQuestions(text, vault.current().ownQuestions),

    'practice:add-questions': async ({ questions }) => {
      const added: OwnQuestion[] = []
      const skipped: Array<{ text: string; reason: string }> = []
      const stamp = now().toISOString()
      await vault.update((doc) => {
        const seen = new Set(doc.ownQuestions.map((q) => questionKey(q.text)))
        for (const input of questions) {
          const text = input.text.trim().replace(/\s+/g, ' ')
          const problem = questionProblem(text)
          const key = questionKey(text)
          if (problem || seen.has(key)) {
            skipped.push({ text, reason: problem ?? 'Already in your questions.' })
            continue
          }
          seen.add(key)
          const competencies = input.competencies ?? guessCompetencies(text).map((c) => c.id)
          added.push({ id: randomUUID(), text, competencies: [...new Set(competencies)], createdAt: stamp })
        }
        return { ...doc, ownQuestions: [...doc.ownQuestions, ...added] }
      })
      return { added, skipped }
    },

    'practice:update-question': async (id, patch) => {
      let updated: OwnQuestion | undefined
      await vault.update((doc) => {
        const existing = doc.ownQuestions.find((q) => q.id === id)
        if (!existing) throw ownNotFound(id)
        const text = patch.text?.trim().replace(/\s+/g, ' ') ?? existing.text
        const clash = doc.ownQuestions.some((q) => q.id !== id && questionKey(q.text) === questionKey(text))
        if (clash) throw new AppFailure('conflict', `“${text}” is already one of your questions.`)
        const current: OwnQuestion = {
          ...existing,
          text,
          competencies: patch.competencies ? [...new Set(patch.competencies)] : existing.competencies,
        }
        updated = current
        const renamed = text === existing.text ? doc : renameQuestion(doc, existing.text, text, now())
        return { ...renamed, ownQuestions: renamed.ownQuestions.map((q) => (q.id === id ? current : q)) }
      })
      if (!updated) throw ownNotFound(id)
      return updated
    },

    'practice:remove-question': async (id) => {
      const existing = vault.current().ownQuestions.find((q) => q.id === id)
      if (!existing) throw ownNotFound(id)
      await vault.update((doc) => ({ ...doc, ownQuestions: doc.ownQuestions.filter((q) => q.id !== id) }))
      return existing
    },

    'practice:restore-question': async (question) => {
      let restored = question
      await vault.update((doc) => {
        const key = questionKey(question.text)
        const back = doc.ownQuestions.find((q) => q.id === question.id || questionKey(q.text) === key)
        if (back) {
          restored = back
          return doc
        }
        return { ...doc, ownQuestions: [...doc.ownQuestions, question] }
      })
      return restored
    },

    'practice:link': async (link) => {
      let story: Story | undefined
      await vault.update((doc) => {
        const change = linkQuestion(doc, link, now(), randomUUID)
        story = change.story
        return change.doc
      })
      return stored(vault.current().stories, story)
    },

    'practice:unlink': async (link) => {
      let story: Story | undefined
      await vault.update((doc) => {
        const change = unlinkQuestion(doc, link, now())
        story = change.story
        return change.doc
      })
      return stored(vault.current().stories, story)
    },

    'practice:rate': async (request) => {
      if (!vault.current().stories.some((s) => s.id === request.storyId))
        throw new AppFailure(
          'not-found',
          `There is no story with id ${request.storyId}. It may have been deleted.`,
        )
      let recorded: { entry: PracticeEntry; card: PracticeCard } | undefined
      // update() resolves only once the file is durable: the rating is confirmed only then.
      await vault.update((doc) => {
        const result = recordRating(doc.practice, request, now(), randomUUID())
        recorded = { entry: result.entry, card: result.card }
        return { ...doc, practice: result.practice }
      })
      if (!recorded) throw new AppFailure('internal', 'The rating was saved but could not be read back.')
      return recorded
    },

    'practice:due': ({ at, limit }) => {
      const doc = vault.current()
      const live = new Set(doc.stories.map((s) => s.id))
      return dueCards(doc.practice.cards, at ? new Date(at) : now())
        .filter((card) => live.has(card.storyId))
        .slice(0, limit ?? 10_000)
        .map((card) => ({
          question: card.question,
          story: storyRef(card.storyId),
          due: card.due,
          reps: card.reps,
          lapses: card.lapses,
        }))
    },

    'practice:deck': (request) => {
      const doc = vault.current()
      return buildDeck(
        request,
        {
          stories: doc.stories,
          ownQuestions: doc.ownQuestions,
          cards: doc.practice.cards,
          suggest: (question) =>
            searchStories(searchIndex(), question, { level: doc.settings.targetLevel, limit: 1 }).results[0]
              ?.id ?? null,
        },
        now(),
      )
    },

    'practice:summary': ({ entryIds, targetSeconds }) => {
      const doc = vault.current()
      const wanted = new Set(entryIds)
      const entries = doc.practice.history.filter((e) => wanted.has(e.id))
      if (entries.length === 0)
        throw new AppFailure('not-found', 'None of these practice answers were found.')
      return summarizeSession(
        entries,
        doc.stories,
        (question) => competenciesOf(question, doc.ownQuestions),
        targetSeconds,
      )
    },

    'practice:practised': () => {
      const doc = vault.current()
      const live = new Set(doc.stories.map((s) => s.id))
      return doc.practice.cards
        .filter((card) => live.has(card.storyId))
        .map((card) => ({ question: card.question, storyId: card.storyId }))
    },

    'practice:story-times': () => Object.fromEntries(timesByStory(vault.current().practice.cards)),
  }
}

function stored(stories: readonly Story[], story: Story | undefined): Story {
  const found = story && stories.find((s) => s.id === story.id)
  if (!found) throw new AppFailure('internal', 'The story was saved but could not be read back.')
  return found
}
