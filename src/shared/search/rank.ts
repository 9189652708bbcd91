import type { ScopeAssessment } from '../scope/assess'
import type { TargetLevel } from '../story/levels'
import type { InferredCompetency } from './competency-model'
import { withNeighbourCompetencies } from './competency-feedback'
import { competencyMatch, competencyMatcher } from './competency-match'
import { hubFactors } from './hub-prior'
import { storyCompetencies, type IndexedStory, type SearchIndex } from './index'
import { shortlistCandidates } from './shortlist'
import { matchFit, noGoodAnswer, strengthOf, type MatchStrength } from './strength'
import { queryWeights } from './query-weights'
import { analyzeQuestion, type QuestionAnalysis } from './question'
import { explain, matchedWords, type MatchedTerm } from './reasons'
import { scopeFit, scopeOf, scopeSize, summarizeScope, type ScopeSummary } from './scope-fit'
import { topK } from './top-k'
import { getLexicon } from './vocabulary'
import { RANK_WEIGHTS } from './weights'
import { normalize } from '../text/tokenize'

/**
 * Only this many times `limit` stories (at least MIN_SHORTLIST) by words and competencies get a scope
 * check: scope re-orders close calls, it does not lift a story from far behind.
 */
const SHORTLIST_FACTOR = 3
const MIN_SHORTLIST = 30

export interface SearchResult {
  id: string
  title: string
  /** 0..1, higher is better; relative to the vault's other stories (it orders the results). */
  score: number
  /** 0..1: how well the story answers the question on its own (matchFit), whatever the vault holds. */
  fit: number
  /** `fit` in words, from thresholds calibrated on the bench's tune and dev questions. */
  strength: MatchStrength
  /** The question's competencies this story shows. */
  competencies: string[]
  /** Words of the story that matched the question (normalized), for highlighting. */
  matched: string[]
  scope: ScopeSummary
  reasons: string[]
  smallForLevel: boolean
}

export interface SearchResponse {
  question: string
  competencies: InferredCompetency[]
  analysis: QuestionAnalysis
  results: SearchResult[]
  /** Set when there is nothing to show, or when even the first story answers poorly, in plain words. */
  message?: string
}

/**
 * The response's message for its results as they are ordered now: a layer that re-scores and
 * re-sorts the results (and may change their strength) calls this again.
 */
export function withVerdict<R extends SearchResponse>(response: R): R {
  const first = response.results[0]
  if (!first) return response
  const rest = { ...response }
  delete rest.message
  return first.strength === 'weak' ? { ...rest, message: noGoodAnswer(first.title) } : rest
}

export interface SearchOptions {
  level: TargetLevel
  limit?: number
  /**
   * The competencies the person says the question probes, replacing the inferred ones: a sure choice,
   * so it weighs `chosenCompetency` instead of `competency`.
   */
  competencies?: readonly string[]
}

let scopeSeekingPattern: RegExp | undefined

/** True when the question asks for the biggest example, where scope should decide, not break ties. */
export function seeksScope(question: string): boolean {
  if (!scopeSeekingPattern) {
    const phrases = getLexicon()
      .vocabulary.scopeSeeking.map((p) => normalize(p))
      .filter(Boolean)
    scopeSeekingPattern = phrases.length ? new RegExp(`\\b(?:${phrases.join('|')})\\b`) : /(?!)/
  }
  return scopeSeekingPattern.test(normalize(question))
}

/** The question read against this vault: typos corrected toward its words, competencies guessed. */
export function readQuestion(index: SearchIndex, question: string): QuestionAnalysis {
  return analyzeQuestion(question, {
    correct: (word) => index.corrector.correct(word),
    lexicon: index.lexicon,
  })
}

/** The person's choice of competencies, each equally sure, in place of the inferred ones. */
function withChosenCompetencies(
  analysis: QuestionAnalysis,
  chosen: readonly string[] | undefined,
): QuestionAnalysis {
  if (!chosen) return analysis
  const ids = [...new Set(chosen)]
  return { ...analysis, competencies: ids.map((id) => ({ id, confidence: 1 / ids.length })) }
}

/** Orders the vault's stories for an interview question. The CLI, the app and the bench all call this. */
export function searchStories(index: SearchIndex, question: string, options: SearchOptions): SearchResponse {
  const w = RANK_WEIGHTS
  const limit = Math.max(1, Math.min(options.limit ?? 10, 100))
  const analysis = withChosenCompetencies(readQuestion(index, question), options.competencies)
  const competencyWeight = options.competencies ? w.chosenCompetency : w.competency
  const base = { question: analysis.text, competencies: analysis.competencies, analysis }
  if (!analysis.text)
    return { ...base, results: [], message: 'Type an interview question to find your best story.' }
  if (index.docs.length === 0)
    return { ...base, results: [], message: 'Your vault has no stories yet. Add one to search it.' }
  if (analysis.terms.length === 0 && analysis.competencies.length === 0) {
    return {
      ...base,
      results: [],
      message: 'That question has no words to match on. Try naming what it is about.',
    }
  }

  const weights = queryWeights(analysis, index)
  const raw = new Float64Array(index.docs.length)
  const titleMass = new Float64Array(index.docs.length)
  let questionMass = 0
  for (const [term, weight] of weights) {
    const idf = (index.idf.get(term) ?? 0) * weight
    questionMass += idf
    const posting = index.postings.get(term)
    if (!posting) continue
    for (let i = 0; i < posting.docs.length; i++) {
      const doc = posting.docs[i] as number
      raw[doc] = (raw[doc] as number) + idf * (posting.weights[i] as number)
      if (posting.inTitle[i]) titleMass[doc] = (titleMass[doc] as number) + idf
    }
  }
  // Words the vault has never seen still count toward the question's mass, a little.
  questionMass += analysis.terms.filter((t) => !index.postings.has(t.term)).length * 0.5
  const hub = hubFactors(index)
  const relevance = raw.map((r, i) => r * (hub[i] as number))
  let best = 0
  let bestRaw = 0
  for (let i = 0; i < raw.length; i++) {
    best = Math.max(best, relevance[i] as number)
    bestRaw = Math.max(bestRaw, raw[i] as number)
  }
  const topicStrength = questionMass > 0 ? bestRaw / questionMass : 0
  const scopeSeeking = seeksScope(analysis.text)
  const relevanceWeight =
    w.relevance * (1 + w.topicBoost * topicStrength) * (scopeSeeking ? w.scopeSeeking.relevance : 1)

  const probed = options.competencies
    ? analysis.competencies
    : withNeighbourCompetencies(analysis.competencies, index.docs, relevance)
  const wordsPart = (i: number) => {
    const r = relevance[i] as number
    const title = questionMass > 0 ? (titleMass[i] as number) / questionMass : 0
    const mixed =
      best > 0
        ? (1 - w.coverageShare) * (r / best) + w.coverageShare * (r / questionMass) + w.title * title
        : 0
    return relevanceWeight * mixed
  }
  const shortlistSize = Math.max(limit * SHORTLIST_FACTOR, MIN_SHORTLIST)
  const probedMatch = competencyMatcher(index, probed)
  const partial = new Float64Array(index.docs.length)
  const candidates = shortlistCandidates(index, {
    words: wordsPart,
    competency: (i) => competencyWeight * probedMatch(i),
    maxCompetency: competencyWeight * probed.reduce((sum, c) => sum + c.confidence, 0),
    hasWords: (i) => (raw[i] as number) > 0,
    // A question asking for the biggest example may be answered by a story sharing none of its words.
    keepWithout: scopeSeeking,
    size: shortlistSize,
    partial,
  })
  const byPartial = (a: number, b: number) => (partial[b] as number) - (partial[a] as number) || a - b
  const shortlist = topK(candidates, shortlistSize, byPartial)
  // Scope adds at most scopeWeight: once the next story cannot pass the current last place even with a
  // perfect scope, the rest need no (comparatively slow) scope check.
  const scopeWeight = w.scope * (scopeSeeking ? w.scopeSeeking.scope : 1)
  const scopeScore = (scope: ScopeAssessment) =>
    scopeSeeking ? scopeSize(scope) : scopeFit(scope, options.level)
  const scale = relevanceWeight + competencyWeight + scopeWeight
  const scored: Array<{ doc: number; scope: ScopeAssessment; total: number }> = []
  let lastPlace = -Infinity
  for (const doc of shortlist) {
    const score = partial[doc] as number
    if (scored.length >= limit && score + scopeWeight <= lastPlace) break
    const scope = scopeOf(index, doc, options.level)
    scored.push({ doc, scope, total: score + scopeWeight * scopeScore(scope) })
    if (scored.length >= limit) {
      scored.sort((a, b) => b.total - a.total || a.doc - b.doc)
      scored.length = limit
      lastPlace = (scored[limit - 1] as { total: number }).total
    }
  }
  const ranked = scored
    .map((p) => ({ ...p, total: p.total / scale }))
    .filter((p) => p.total >= w.minScore)
    .sort((a, b) => b.total - a.total || a.doc - b.doc)

  const queryTerms = new Set(weights.keys())
  const guessedTotal = analysis.competencies.reduce((sum, c) => sum + c.confidence, 0)
  const results = ranked.map((p, position): SearchResult => {
    const doc = index.docs[p.doc] as IndexedStory
    const matchedTerms: MatchedTerm[] = matchedWords(doc, queryTerms, index.lexicon, index.dictionary)
    const shows = storyCompetencies(doc)
    const competencies = analysis.competencies.map((c) => c.id).filter((id) => shows.includes(id))
    const fit = matchFit({
      coverage: questionMass > 0 ? (raw[p.doc] as number) / questionMass : 0,
      competency: guessedTotal > 0 ? competencyMatch(doc, analysis.competencies) / guessedTotal : 0,
      probeConfidence: guessedTotal,
      // Asked for the biggest example, a big story answers whatever words it shares.
      ...(scopeSeeking ? { size: scopeSize(p.scope) } : {}),
    })
    return {
      id: doc.story.id,
      title: doc.story.title,
      score: Math.round(p.total * 1000) / 1000,
      fit,
      strength: strengthOf(fit),
      competencies,
      matched: [...new Set(matchedTerms.flatMap((m) => m.words))],
      scope: summarizeScope(p.scope, options.level),
      reasons: explain({
        doc,
        analysis,
        matchedTerms,
        competencies,
        scope: p.scope,
        level: options.level,
        position,
        topicStrength,
        scopeSeeking,
      }),
      smallForLevel: p.scope.smallForLevel,
    }
  })
  if (results.length === 0) {
    return {
      ...base,
      results,
      message: 'No story matches this question yet. Try other words, or write a story for it.',
    }
  }
  return withVerdict({ ...base, results })
}
