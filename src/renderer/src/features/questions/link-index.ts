import { useEffect, useMemo, useState } from 'react'
import { questionBank } from '../../../../shared/content/question-bank'
import {
  PractisedPairsSchema,
  type PractisedPair,
  type QuestionView,
} from '../../../../shared/contract/practice'
import { questionKey } from '../../../../shared/practice/schedule'
import { buildLinkIndex, type LinkIndex } from '../../../../shared/search/personal'
import type { Story } from '../../../../shared/story/schema'
import { useVault } from '../../state/vault-context'
import { cachedQuestions, usePracticeRevision } from '../practice/practice-store'

const BANK_PROBES = new Map(
  questionBank.map((q) => [questionKey(q.text), q.competencies as readonly string[]]),
)

const NONE: readonly PractisedPair[] = []

/** The last practised pairs read, for the practice data and stories they were read for. */
let practisedCache:
  { value: readonly PractisedPair[]; revision: number; stories: readonly Story[] } | undefined

/**
 * The question–story pairs the person practised, read once per practice change (not on every open of
 * the search). Until they arrive, and if they cannot be read, search learns from links alone.
 */
function usePractisedPairs(stories: readonly Story[]): readonly PractisedPair[] {
  const vault = useVault()
  const revision = usePracticeRevision()
  const [, setRead] = useState(0)
  const fresh = practisedCache?.revision === revision && practisedCache.stories === stories
  useEffect(() => {
    if (fresh) return
    let live = true
    void vault.bridge.invoke('practice:practised').then((result) => {
      // A failed call keeps what was read before; an answer that is not what the contract says is dropped.
      if (!result.ok) return
      const parsed = PractisedPairsSchema.safeParse(result.value)
      practisedCache = { value: parsed.success ? parsed.data : NONE, revision, stories }
      if (live) setRead((n) => n + 1)
    })
    return () => {
      live = false
    }
  }, [fresh, vault.bridge, revision, stories])
  return practisedCache?.value ?? NONE
}

/**
 * The questions each story was chosen for (its "Questions this story answers") and the ones it was
 * practised with, for search to learn from, as the CLI's vaultLinkIndex does. What a question probes
 * comes from the bank or the person's own questions, never re-guessed.
 */
export function useLinkIndex(stories: readonly Story[]): LinkIndex {
  const practised = usePractisedPairs(stories)
  const questions = cachedQuestions()
  return useMemo(() => linkIndexFor(stories, practised, questions), [stories, practised, questions])
}

/**
 * The last link index and what it was built from: every search box (the palette, each question's
 * story choice) shares it instead of rebuilding it (~60 ms with 10,000 stories) each time it opens.
 */
let lastLinks:
  | {
      stories: readonly Story[]
      practised: readonly PractisedPair[]
      questions: readonly QuestionView[] | undefined
      index: LinkIndex
    }
  | undefined

export function linkIndexFor(
  stories: readonly Story[],
  practised: readonly PractisedPair[],
  questions: readonly QuestionView[] | undefined,
): LinkIndex {
  if (
    lastLinks?.stories === stories &&
    lastLinks.practised === practised &&
    lastLinks.questions === questions
  )
    return lastLinks.index
  const own = new Map<string, readonly string[]>()
  for (const q of questions ?? []) if (q.source === 'own') own.set(questionKey(q.text), q.competencies)
  const index = buildLinkIndex({
    stories,
    cards: practised,
    competenciesOf: (text) => own.get(questionKey(text)) ?? BANK_PROBES.get(questionKey(text)),
  })
  lastLinks = { stories, practised, questions, index }
  return index
}
