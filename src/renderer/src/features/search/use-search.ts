import { useDeferredValue, useMemo } from 'react'
import { buildSearchIndex, type SearchIndex } from '../../../../shared/search/index'
import { readQuestion, type SearchResponse } from '../../../../shared/search/rank'
import { searchWithLinks } from '../../../../shared/search/personal'
import { useLinkIndex } from '../questions/link-index'
import type { TargetLevel } from '../../../../shared/story/levels'
import type { Story } from '../../../../shared/story/schema'

/**
 * The last index built and the stories it was built from: opening the search or choosing a question
 * again reuses it as it is (a rebuild, even reusing every story, walks 10,000 stories in ~100 ms), and
 * the next build after an edit re-reads only the changed stories.
 */
let last: { stories: readonly Story[]; index: SearchIndex } | undefined

export function indexFor(stories: readonly Story[]): SearchIndex {
  if (last?.stories !== stories)
    last = { stories, index: buildSearchIndex(stories, { previous: last?.index }) }
  return last.index
}

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
