import { useMemo } from 'react'
import { questionBank } from '../../../../shared/content/question-bank'
import { questionKey } from '../../../../shared/practice/schedule'
import { buildLinkIndex, type LinkIndex } from '../../../../shared/search/personal'
import type { Story } from '../../../../shared/story/schema'
import { cachedQuestions } from '../practice/practice-store'

const BANK_PROBES = new Map(
  questionBank.map((q) => [questionKey(q.text), q.competencies as readonly string[]]),
)

/**
 * The questions each story was chosen for (its "Questions this story answers"), for search to learn
 * from. What a question probes comes from the bank or the person's own questions, never re-guessed.
 */
export function useLinkIndex(stories: readonly Story[]): LinkIndex {
  return useMemo(() => {
    const own = new Map<string, readonly string[]>()
    for (const q of cachedQuestions() ?? [])
      if (q.source === 'own') own.set(questionKey(q.text), q.competencies)
    return buildLinkIndex({
      stories,
      competenciesOf: (text) => own.get(questionKey(text)) ?? BANK_PROBES.get(questionKey(text)),
    })
  }, [stories])
}
