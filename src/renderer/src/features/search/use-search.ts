import { useDeferredValue, useMemo } from 'react'
import { readQuestion, type SearchResponse } from '../../../../shared/search/rank'
import { searchWithLinks } from '../../../../shared/search/personal'
import { useLinkIndex } from '../questions/link-index'
import { indexFor } from './search-index'
import type { TargetLevel } from '../../../../shared/story/levels'
import type { Story } from '../../../../shared/story/schema'

/**
 * Question search over the vault in the renderer, with the same code the CLI uses. Typing is deferred
 * so the input stays responsive while results catch up. `chosen` replaces the inferred competencies;
 * `inferred` is always the guess, so the person can go back to it.
 */
export function useQuestionSearch(
  stories: readonly Story[],
  question: string,
  level: TargetLevel,
  chosen: readonly string[] | null = null,
  limit = 8,
) {
  const index = useMemo(() => indexFor(stories), [stories])
  // The person's own links lift a story, with "You chose this story for …" among the reasons.
  const links = useLinkIndex(stories)
  const deferred = useDeferredValue(question)
  const response: SearchResponse = useMemo(
    () => searchWithLinks(index, links, deferred, { level, limit, competencies: chosen ?? undefined }),
    [index, links, deferred, level, limit, chosen],
  )
  // With the person's choice in force the response carries it; the guess is only read, not ranked.
  const inferred = useMemo(
    () => (chosen ? readQuestion(index, deferred).competencies : response.competencies),
    [index, deferred, chosen, response],
  )
  return { response, inferred, stale: deferred !== question }
}
