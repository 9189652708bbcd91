import { questionBank } from '../content/question-bank'
import { AppFailure } from '../contract/result'
import { LIMITS } from '../story/limits'
import type { Story } from '../story/schema'
import type { VaultDocument } from '../vault/document'
import { guessCompetencies, questionProblem } from './questions'
import { cardKey, questionKey } from './schedule'
import type { OwnQuestion } from './schema'

export interface LinkChange {
  doc: VaultDocument
  story: Story
}

let bankKeys: Set<string> | undefined
function isBankQuestion(text: string): boolean {
  bankKeys ??= new Set(questionBank.map((q) => questionKey(q.text)))
  return bankKeys.has(questionKey(text))
}

function checkedText(text: string): string {
  const problem = questionProblem(text)
  if (problem) throw new AppFailure('invalid-input', problem)
  return text.trim().replace(/\s+/g, ' ')
}

function findStory(doc: VaultDocument, storyId: string): Story {
  const story = doc.stories.find((s) => s.id === storyId)
  if (!story)
    throw new AppFailure('not-found', `There is no story with id ${storyId}. It may have been deleted.`)
  return story
}

function replaceStory(doc: VaultDocument, story: Story): VaultDocument {
  return { ...doc, stories: doc.stories.map((s) => (s.id === story.id ? story : s)) }
}

/**
 * "For this question I tell this story": the question goes on the story's own list (so it travels with
 * the story through delete, undo, export and import). A question that is neither in the bank nor among
 * the person's own questions becomes an own question too, with the guessed competencies.
 */
export function linkQuestion(
  doc: VaultDocument,
  link: { question: string; storyId: string; at?: number },
  now: Date,
  newId: () => string,
): LinkChange {
  const question = checkedText(link.question)
  const story = findStory(doc, link.storyId)
  const key = questionKey(question)
  let next = doc
  const known = isBankQuestion(question) || doc.ownQuestions.some((q) => questionKey(q.text) === key)
  if (!known) {
    const own: OwnQuestion = {
      id: newId(),
      text: question,
      competencies: guessCompetencies(question).map((c) => c.id),
      createdAt: now.toISOString(),
    }
    next = { ...next, ownQuestions: [...next.ownQuestions, own] }
  }
  if (story.questions.some((q) => questionKey(q) === key)) return { doc: next, story }
  if (story.questions.length >= LIMITS.storyQuestions) {
    throw new AppFailure(
      'too-large',
      `“${story.title}” already answers ${LIMITS.storyQuestions} questions. Remove one before adding another.`,
    )
  }
  const questions = [...story.questions]
  questions.splice(link.at ?? questions.length, 0, question)
  const updated: Story = { ...story, questions, updatedAt: now.toISOString() }
  return { doc: replaceStory(next, updated), story: updated }
}

/** Takes the question off the story's list. Own questions and practice history stay. */
export function unlinkQuestion(
  doc: VaultDocument,
  link: { question: string; storyId: string },
  now: Date,
): LinkChange {
  const story = findStory(doc, link.storyId)
  const key = questionKey(link.question)
  const questions = story.questions.filter((q) => questionKey(q) !== key)
  if (questions.length === story.questions.length) {
    throw new AppFailure('not-found', `“${story.title}” is not linked to “${link.question.trim()}”.`)
  }
  const updated: Story = { ...story, questions, updatedAt: now.toISOString() }
  return { doc: replaceStory(doc, updated), story: updated }
}

/** An own question's new wording, carried to every story link and practice card that used the old one. */
export function renameQuestion(doc: VaultDocument, from: string, to: string, now: Date): VaultDocument {
  const oldKey = questionKey(from)
  const text = checkedText(to)
  if (questionKey(text) === oldKey && from === text) return doc
  const stamp = now.toISOString()
  const stories = doc.stories.map((story) => {
    if (!story.questions.some((q) => questionKey(q) === oldKey)) return story
    const questions = [...new Set(story.questions.map((q) => (questionKey(q) === oldKey ? text : q)))]
    return { ...story, questions, updatedAt: stamp }
  })
  const taken = new Set(doc.practice.cards.map((c) => cardKey(c.question, c.storyId)))
  const cards = doc.practice.cards.flatMap((card) => {
    if (questionKey(card.question) !== oldKey) return [card]
    // A card already kept under the new wording wins; the old one's schedule is dropped, history stays.
    if (questionKey(text) !== oldKey && taken.has(cardKey(text, card.storyId))) return []
    return [{ ...card, question: text }]
  })
  return { ...doc, stories, practice: { ...doc.practice, cards } }
}
