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
  /** How sure the guess of what the question probes is (sum of its confidences, 0..1). */
  probeConfidence: number
  /** Set when the question asks for the biggest example: the story's size, 0..1 (scopeSize). */
  size?: number
}

/**
 * An absolute fit, 0..1, unlike the score, which is relative to the best story in this vault: the
 * first story of a four-story vault can still be a poor answer.
 */
export function matchFit(evidence: FitEvidence): number {
  const clamp = (x: number) => Math.min(1, Math.max(0, x))
  // The surer the question is about what it probes, the more a story that does not show it falls short,
  // whatever words it shares ("a time you failed" against a story mentioning "a failed launch").
  const sure = clamp(evidence.probeConfidence)
  const words = (clamp(evidence.coverage) + sure * clamp(evidence.competency)) / (1 + sure)
  const fit = evidence.size === undefined ? words : (words + clamp(evidence.size)) / 2
  return Math.round(fit * 1000) / 1000
}

/**
 * Fit thresholds, chosen on the tune and dev questions of bench/eval (236 questions; `npx tsx
 * bench/index.ts strength` reports them and the untuned sets): there a `strong` first story is the
 * labelled best or an acceptable one 88% of the time, a `partial` one 67%, a `weak` one 27%.
 */
export const STRENGTH_THRESHOLDS = { strong: 0.55, partial: 0.3 }

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
