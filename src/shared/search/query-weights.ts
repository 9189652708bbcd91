import { everydayRank } from '../text/everyday-words'
import type { SearchIndex } from './index'
import { getCompetencyModel, getInformativeness, type QuestionAnalysis } from './question'
import { RANK_WEIGHTS } from './weights'

/** More distinct question terms than this are cut to the rarest ones (a pasted essay stays fast). */
const MAX_QUERY_TERMS = 40

/** 1 for a specific word or a phrase, down to `everyday.floor` for the most common everyday words. */
export function specificity(words: readonly string[]): number {
  const { floor, commonRank, rareRank } = RANK_WEIGHTS.everyday
  const rank = words.length === 1 ? everydayRank(words[0] as string) : undefined
  if (rank === undefined || rank >= rareRank) return 1
  if (rank <= commonRank) return floor
  return floor + ((1 - floor) * Math.log(rank / commonRank)) / Math.log(rareRank / commonRank)
}

/** `genericFloor` for a word every bank question uses ("team"), 1 for one no bank question uses. */
export function generality(term: string): number {
  const { genericFloor } = RANK_WEIGHTS
  return genericFloor + (1 - genericFloor) * getInformativeness()(term)
}

/** How much each of the question's terms counts in relevance. */
export function queryWeights(analysis: QuestionAnalysis, index: SearchIndex): Map<string, number> {
  const weights = new Map<string, number>()
  const specific = new Map<string, number>()
  for (const { term, words } of analysis.terms) {
    if (!index.postings.has(term)) continue
    weights.set(term, (weights.get(term) ?? 0) + 1)
    specific.set(term, Math.max(specific.get(term) ?? 0, specificity(words)))
  }
  // A repeated word matters more, but not twice as much; words every question uses matter less.
  for (const [term, count] of weights) {
    weights.set(term, (1 + Math.log(count)) * generality(term) * (specific.get(term) ?? 1))
  }
  // A word that names what the question probes ("disagreed" in a conflict question) is its point.
  const model = getCompetencyModel()
  for (const [term, weight] of weights) {
    const boost = analysis.competencies.reduce(
      (sum, c) => sum + (model.cueTerms(c.id).has(term) ? c.confidence : 0),
      0,
    )
    if (boost > 0) weights.set(term, weight * (1 + RANK_WEIGHTS.cueBoost * boost))
  }
  if (weights.size <= MAX_QUERY_TERMS) return weights
  const rarest = [...weights.keys()].sort((a, b) => (index.idf.get(b) ?? 0) - (index.idf.get(a) ?? 0))
  return new Map(rarest.slice(0, MAX_QUERY_TERMS).map((t) => [t, weights.get(t) ?? 1]))
}
