import { useMemo } from 'react'
import type { LoopsState } from '../../../../shared/contract/loops'
import { planLoop, type LoopPlan } from '../../../../shared/loops/plan'
import type { Loop } from '../../../../shared/loops/schema'
import { loopWarnings, type LoopWarning } from '../../../../shared/loops/warnings'
import { indexFor } from '../search/search-index'
import type { Story } from '../../../../shared/story/schema'

/** A loop's plan and warnings, computed here with the same code the CLI uses. */
export function useLoopPlan(
  loop: Loop | null,
  state: LoopsState | null,
  stories: readonly Story[],
): { plan: LoopPlan; warnings: LoopWarning[] } | null {
  const index = useMemo(() => indexFor(stories), [stories])
  return useMemo(() => {
    if (!loop || !state) return null
    const plan = planLoop(loop, {
      stories,
      loops: state.loops,
      ownQuestions: state.ownQuestions,
      deletedTitles: new Map(Object.entries(state.deletedTitles)),
      index,
    })
    return { plan, warnings: loopWarnings(plan) }
  }, [loop, state, stories, index])
}
