import { useEffect } from 'react'
import { buildSearchIndex, type SearchIndex } from '../../../../shared/search/index'
import type { Story } from '../../../../shared/story/schema'

/**
 * The renderer's one search index (search palette, story choice, loop plans) and the stories it was
 * built from: asking again for the same stories reuses it as it is (a rebuild, even reusing every story,
 * walks 10,000 stories in ~100 ms), and the next build after an edit re-reads only the changed stories.
 */
let last: { stories: readonly Story[]; index: SearchIndex } | undefined

export function indexFor(stories: readonly Story[]): SearchIndex {
  if (last?.stories !== stories)
    last = { stories, index: buildSearchIndex(stories, { previous: last?.index }) }
  return last.index
}

/** True when searching these stories needs no build. */
export function hasIndexFor(stories: readonly Story[]): boolean {
  return last?.stories === stories
}

/** How long an idle build may wait for the app to be idle before it runs anyway. */
const IDLE_DEADLINE_MS = 5_000

/**
 * Builds the index while the app is idle after the stories change, so the first search of a large
 * vault does not wait for it (10,000 stories take over a second to index the first time).
 */
export function useSearchIndexWarmUp(stories: readonly Story[]): void {
  useEffect(() => {
    if (hasIndexFor(stories)) return
    const build = () => void indexFor(stories)
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(build, { timeout: IDLE_DEADLINE_MS })
      return () => cancelIdleCallback(id)
    }
    const id = setTimeout(build, 500)
    return () => clearTimeout(id)
  }, [stories])
}
