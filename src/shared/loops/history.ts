import { sameCompany } from './company'
import type { Loop } from './schema'

/** A story the person already told this company, from the log of a round in another loop. */
export interface ToldBefore {
  storyId: string
  storyTitle: string
  loopId: string
  company: string
  roundName: string
  /** When the round was logged (ISO). */
  loggedAt: string
  question: string
}

/** Loops that count: not deleted. Archived loops count (an interview last year is still history). */
export function liveLoops(loops: readonly Loop[]): Loop[] {
  return loops.filter((loop) => loop.deletedAt === null)
}

/**
 * Every story logged as told in another loop with the same company (by the matching rule in
 * company.ts), newest first per story. A loop's own logs are the duplicate check's business.
 */
export function toldToCompany(
  loop: Pick<Loop, 'id' | 'company'>,
  loops: readonly Loop[],
): Map<string, ToldBefore> {
  const told = new Map<string, ToldBefore>()
  for (const other of liveLoops(loops)) {
    if (other.id === loop.id || !sameCompany(other.company, loop.company)) continue
    for (const round of other.rounds) {
      if (!round.log) continue
      for (const entry of round.log.entries) {
        if (!entry.storyId) continue
        const previous = told.get(entry.storyId)
        if (previous && previous.loggedAt >= round.log.at) continue
        told.set(entry.storyId, {
          storyId: entry.storyId,
          storyTitle: entry.storyTitle,
          loopId: other.id,
          company: other.company,
          roundName: round.name,
          loggedAt: round.log.at,
          question: entry.question,
        })
      }
    }
  }
  return told
}
