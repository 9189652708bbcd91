import { useEffect, useState } from 'react'
import type { QuestionView } from '../../../../shared/contract/practice'
import { useVault } from '../../state/vault-context'
import {
  cachedQuestions,
  cacheQuestions,
  questionsFresh,
  usePracticeRevision,
  type Query,
} from '../practice/practice-store'

/**
 * Every question (own, then bank) with links and practice times. Drawn from the cache at once; asks
 * main again only when practice data or the stories changed since the cache was filled.
 */
export function useQuestions(): Query<QuestionView[]> {
  const vault = useVault()
  const revision = usePracticeRevision()
  const stories = vault.stories
  const [state, setState] = useState<{ value: QuestionView[] | undefined; error: string | null }>(() => ({
    value: cachedQuestions(),
    error: null,
  }))
  const fresh = questionsFresh(stories, revision)
  useEffect(() => {
    if (questionsFresh(stories, revision)) return
    let live = true
    void vault.bridge.invoke('practice:questions', {}).then((result) => {
      if (result.ok) cacheQuestions(result.value, stories, revision)
      if (!live) return
      setState((previous) =>
        result.ok
          ? { value: result.value, error: null }
          : { value: previous.value, error: result.error.message },
      )
    })
    return () => {
      live = false
    }
  }, [vault.bridge, stories, revision])
  return { value: fresh ? cachedQuestions() : state.value, error: state.error, loading: !fresh }
}
