import { questionBank } from '../content/question-bank'
import { buildLinkIndex, type LinkIndex } from '../search/personal'
import type { Story } from '../story/schema'
import { questionKey } from './schedule'
import type { OwnQuestion, PracticeCard } from './schema'

/**
 * The link index of a vault: every story's linked questions and every practised question–story pair,
 * with what each question probes taken from the person's own questions or the bank (never re-guessed,
 * so building it stays fast with thousands of questions).
 */
export function vaultLinkIndex(doc: {
  stories: readonly Story[]
  ownQuestions: readonly OwnQuestion[]
  practice: { cards: readonly PracticeCard[] }
}): LinkIndex {
  const probes = new Map<string, readonly string[]>()
  for (const q of questionBank) probes.set(questionKey(q.text), q.competencies)
  for (const q of doc.ownQuestions) probes.set(questionKey(q.text), q.competencies)
  return buildLinkIndex({
    stories: doc.stories,
    cards: doc.practice.cards,
    competenciesOf: (text) => probes.get(questionKey(text)),
  })
}
