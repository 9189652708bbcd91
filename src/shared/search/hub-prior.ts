import type { SearchIndex } from './index'
import { generality, specificity } from './query-weights'
import { getBankTerms } from './question'
import { RANK_WEIGHTS } from './weights'

let bankMass: Map<string, number> | undefined

/**
 * How much weight an average interview question (the question bank) puts on each term, weighed as
 * a question's words are (query-weights.ts, without the cue boost that depends on the guess).
 */
function getBankMass(): Map<string, number> {
  if (bankMass) return bankMass
  const bank = getBankTerms()
  const mass = new Map<string, number>()
  for (const terms of bank) {
    const counts = new Map<string, { count: number; specific: number }>()
    for (const { term, words } of terms) {
      const seen = counts.get(term)
      const specific = specificity(words)
      counts.set(term, { count: (seen?.count ?? 0) + 1, specific: Math.max(seen?.specific ?? 0, specific) })
    }
    for (const [term, { count, specific }] of counts) {
      const weight = (1 + Math.log(count)) * generality(term) * specific
      mass.set(term, (mass.get(term) ?? 0) + weight / bank.length)
    }
  }
  bankMass = mass
  return mass
}

const priors = new WeakMap<SearchIndex, { settings: string; factors: Float64Array }>()

/**
 * Per story, the factor its relevance is multiplied by so that a story whose words match nearly every
 * question ("hub") stops winning questions of every kind: its typical relevance over the question bank,
 * against the vault's average, raised to −`hubPrior.power`. A story matching what most questions say is
 * weak evidence for any one of them. Linear in the question's term weights, so the typical relevance is
 * one pass over the posting lists of the bank's words (computed once per index, on first search).
 */
export function hubFactors(index: SearchIndex): Float64Array {
  const { power, min, max } = RANK_WEIGHTS.hubPrior
  // The settings are part of the key so that the bench and tests can vary them on one index.
  const settings = `${power} ${min} ${max}`
  const cached = priors.get(index)
  if (cached?.settings === settings) return cached.factors
  const typical = new Float64Array(index.docs.length)
  for (const [term, mass] of getBankMass()) {
    const posting = index.postings.get(term)
    if (!posting) continue
    const weight = mass * (index.idf.get(term) ?? 0)
    for (let i = 0; i < posting.docs.length; i++) {
      const doc = posting.docs[i] as number
      typical[doc] = (typical[doc] as number) + weight * (posting.weights[i] as number)
    }
  }
  const mean = typical.reduce((sum, x) => sum + x, 0) / Math.max(1, typical.length)
  const factors = new Float64Array(index.docs.length).fill(1)
  if (power > 0 && mean > 0) {
    typical.forEach((x, i) => {
      factors[i] = Math.min(max, Math.max(min, (x / mean) ** -power))
    })
  }
  priors.set(index, { settings, factors })
  return factors
}
