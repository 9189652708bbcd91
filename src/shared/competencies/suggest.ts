import type { StoryFields } from '../story/schema'
import { compileFramework } from './compiled'
import { distinctQuotes, quotablePieces, quotePhrase, type QuotablePiece } from './quote'
import { gatherEvidence, type CompetencyEvidence } from './evidence'
import { defaultFramework, type Framework } from './framework'
import { TUNING } from './tuning'

export interface CompetencySuggestion {
  id: string
  /** 0..1 */
  confidence: number
  /** The story's own words that led to it, quoted as written, strongest first (for "why"). */
  because?: string[]
}

export interface CompetencyScore extends CompetencySuggestion {
  evidence: CompetencyEvidence
}

/** From this confidence a suggestion counts for ranking and the matrix even before it is accepted. */
export const CONFIDENT = TUNING.confident
/** Below this a suggestion is noise and not shown at all. */
export const SHOWN = 0.2

/** Stories in the vault are immutable objects: scoring each one once keeps a 1,000-story matrix fast. */
const scoreCache = new WeakMap<Framework, WeakMap<object, CompetencyScore[]>>()

/** Confidence for every competency in the framework, assigned or not, highest first. */
export function scoreCompetencies(
  story: Partial<StoryFields>,
  framework: Framework = defaultFramework,
): CompetencyScore[] {
  let byStory = scoreCache.get(framework)
  if (!byStory) {
    byStory = new WeakMap()
    scoreCache.set(framework, byStory)
  }
  const cached = byStory.get(story)
  if (cached) return cached
  const scores = computeScores(story, framework)
  byStory.set(story, scores)
  return scores
}

function computeScores(story: Partial<StoryFields>, framework: Framework): CompetencyScore[] {
  const { evidence, termCount } = gatherEvidence(story, compileFramework(framework))
  const lengthFactor = Math.max(1, (termCount / TUNING.normalLength) ** TUNING.lengthPower)
  const normalized = evidence.map((e) => e.points / lengthFactor)
  const top = Math.max(0, ...normalized)
  return evidence
    .map((e, i) => {
      const norm = normalized[i] ?? 0
      const absolute = 1 - Math.exp(-norm / TUNING.scale)
      // Competencies far behind the story's main theme are side notes, not what the story is about.
      const relative = top > 0 ? norm / top : 0
      const confidence =
        Math.round(absolute * (TUNING.relativeFloor + (1 - TUNING.relativeFloor) * relative) * 100) / 100
      return { id: e.id, confidence, evidence: e }
    })
    .sort((a, b) => b.confidence - a.confidence || compareIds(a.id, b.id))
}

/** What `a.localeCompare(b)` does, without building a collator on every call (most of the sort's time). */
const compareIds = new Intl.Collator().compare

/**
 * Competencies the story's words point to, highest first. Never one the person assigned (that is a
 * choice, not a suggestion) or rejected (a suggestion never overrides a "no").
 */
export function suggestCompetencies(
  story: StoryFields,
  framework: Framework = defaultFramework,
): CompetencySuggestion[] {
  return suggestionScores(story, framework).map(({ id, confidence }) => ({ id, confidence }))
}

function suggestionScores(story: StoryFields, framework: Framework): CompetencyScore[] {
  const assigned = new Set(story.competencies)
  const rejected = new Set(story.rejectedCompetencies)
  return scoreCompetencies(story, framework).filter(
    (s) => s.confidence >= SHOWN && !assigned.has(s.id) && !rejected.has(s.id),
  )
}

/** Quotes shown per suggestion: enough to see why, few enough to read at a glance. */
const MAX_QUOTES = 4

/**
 * suggestCompetencies with `because`: the story's own words behind each suggestion, quoted as written.
 * Kept apart because quoting re-reads the story, which a 1,000-story check has no use for.
 */
export function explainSuggestions(
  story: StoryFields,
  framework: Framework = defaultFramework,
): CompetencySuggestion[] {
  const { vocabulary } = compileFramework(framework)
  let pieces: QuotablePiece[] | undefined
  return suggestionScores(story, framework).map(({ id, confidence, evidence }) => {
    pieces ??= quotablePieces(story, (term) => vocabulary.resolve(term))
    const found = pieces
    const hits = [...evidence.hits].sort((a, b) => b.points - a.points)
    const because = distinctQuotes(hits.map((h) => quotePhrase(found, h.cue, h.field))).slice(0, MAX_QUOTES)
    return { id, confidence, because }
  })
}

/** How close to the strongest competency's confidence the second and third must come to count. */
const SHARE_OF_STRONGEST = [1, TUNING.secondOfStrongest, TUNING.thirdOfStrongest]

/**
 * The competencies the app ranks and maps a story by: assigned ones win; otherwise confident
 * suggestions. The strongest one counts from a lower bar, since almost every story is about something.
 * The next ones must also come close to it: a long story touches many competencies in passing, but
 * is told for one or two.
 */
export function effectiveCompetencies(story: StoryFields, framework: Framework = defaultFramework): string[] {
  if (story.competencies.length > 0) return story.competencies
  const strongest = scoreCompetencies(story, framework)[0]
  const suggestions = suggestCompetencies(story, framework)
  const lead = suggestions[0]?.confidence ?? 0
  const kept: string[] = []
  // Suggestions come highest first: once one falls short, so do the rest.
  for (const [i, s] of suggestions.slice(0, TUNING.maxConfident).entries()) {
    const bar = s.id === strongest?.id ? TUNING.topConfident : TUNING.confident
    if (s.confidence < Math.max(bar, (SHARE_OF_STRONGEST[i] ?? 1) * lead)) break
    kept.push(s.id)
  }
  return kept
}
