import { RANK_WEIGHTS } from './weights'

/** How well a story answers the question, as a person reads it next to the result. */
export type MatchStrength = 'strong' | 'partial' | 'weak'

export interface FitEvidence {
  /**
   * Share of the question's weighted words the story covers, 0..1 (BM25-saturated, before any
   * correction for stories that match every question): one passing mention of a word covers less.
   */
  coverage: number
  /** Share of the guessed (or chosen) competencies' confidence that the story shows, 0..1. */
  competency: number
}

/**
 * An absolute fit, 0..1, unlike the score, which is relative to the best story in this vault: the
 * first story of a four-story vault can still be a poor answer.
 */
export function matchFit(evidence: FitEvidence): number {
  const { relevance, competency } = RANK_WEIGHTS
  const coverage = Math.min(1, Math.max(0, evidence.coverage))
  const shows = Math.min(1, Math.max(0, evidence.competency))
  return Math.round(((relevance * coverage + competency * shows) / (relevance + competency)) * 1000) / 1000
}

/**
 * Fit thresholds, calibrated on the tune and dev questions of bench/eval (`npx tsx bench/index.ts
 * strength`): from `strong` the first story is the labelled best or an acceptable one about four times
 * in five; below `partial`, less often than not.
 */
export const STRENGTH_THRESHOLDS = { strong: 0.45, partial: 0.25 }

export function strengthOf(fit: number): MatchStrength {
  if (fit >= STRENGTH_THRESHOLDS.strong) return 'strong'
  if (fit >= STRENGTH_THRESHOLDS.partial) return 'partial'
  return 'weak'
}

export const STRENGTH_WORDS: Record<MatchStrength, string> = {
  strong: 'strong match',
  partial: 'partial match',
  weak: 'weak match',
}

/** What to say above the results when even the first story is a weak answer. */
export function noGoodAnswer(title: string): string {
  return `No story answers this well — closest: “${title}”.`
}
