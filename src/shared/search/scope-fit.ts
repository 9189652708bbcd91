import { assessScope, type ScopeAssessment } from '../scope/assess'
import { reachRank, REACH_LEVELS, type TargetLevel } from '../story/levels'
import type { IndexedStory, SearchIndex } from './index'

/** Share of the scope part that comes from reach size rather than the level check. */
export const REACH_SHARE = { senior: 0.2, staffAndUp: 0.5 }

export interface ScopeSummary {
  reach: string | null
  people: number | null
  teams: number | null
  durationWeeks: number | null
  smallForLevel: boolean
  /** One line for a badge or a terminal. */
  summary: string
}

/** How big a story is, 0..1: its reach, or failing that how many people it involved. */
export function scopeSize(scope: ScopeAssessment): number {
  return scope.reach
    ? reachRank(scope.reach) / (REACH_LEVELS.length - 1)
    : Math.min(1, Math.log10((scope.people ?? 1) + 1) / 3)
}

export function scopeFit(scope: ScopeAssessment, level: TargetLevel): number {
  const fit = scope.smallForLevel ? 0 : 1
  const size = scopeSize(scope)
  const share = level === 'senior' ? REACH_SHARE.senior : REACH_SHARE.staffAndUp
  return (1 - share) * fit + share * size
}

export function summarizeScope(scope: ScopeAssessment, level: TargetLevel): ScopeSummary {
  const facts = [
    scope.reach ? `reach ${scope.reach}` : '',
    scope.people !== null ? `${scope.people} ${scope.people === 1 ? 'person' : 'people'}` : '',
    scope.teams !== null ? `${scope.teams} ${scope.teams === 1 ? 'team' : 'teams'}` : '',
    scope.durationWeeks !== null ? `${Math.round(scope.durationWeeks)} weeks` : '',
  ].filter(Boolean)
  const verdict = scope.smallForLevel ? `small for ${level}` : `fits ${level}`
  return {
    reach: scope.reach,
    people: scope.people,
    teams: scope.teams,
    durationWeeks: scope.durationWeeks,
    smallForLevel: scope.smallForLevel,
    summary: facts.length ? `${facts.join(', ')} — ${verdict}` : `scope not stated — ${verdict}`,
  }
}

/** Scope assessments are cached per index and level: they only change when the story does. */
const scopeCaches = new WeakMap<SearchIndex, Map<TargetLevel, Array<ScopeAssessment | undefined>>>()

export function scopeOf(index: SearchIndex, docIndex: number, level: TargetLevel): ScopeAssessment {
  let perLevel = scopeCaches.get(index)
  if (!perLevel) scopeCaches.set(index, (perLevel = new Map()))
  let cache = perLevel.get(level)
  if (!cache) perLevel.set(level, (cache = []))
  let scope = cache[docIndex]
  if (!scope) {
    scope = assessScope((index.docs[docIndex] as IndexedStory).story, level)
    cache[docIndex] = scope
  }
  return scope
}
