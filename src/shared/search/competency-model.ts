import { isStopWord, termKey, tokenize } from '../text/tokenize'
import { analyzeText, type AnalyzedTerm } from './analyze'
import type { Lexicon } from './vocabulary'

export interface InferredCompetency {
  id: string
  /** 0..1; the confidences of one question add up to at most 1. */
  confidence: number
}

export interface LabelledQuestion {
  text: string
  /** The first id is the primary competency. */
  competencies: readonly string[]
}

export interface CompetencyModelInput {
  /** Cue phrases per competency id (content/competencies.json questionCues + vocabulary competencyCues). */
  cues: Readonly<Record<string, readonly string[]>>
  /** Questions with known competencies (the question bank); may be empty. */
  examples: readonly LabelledQuestion[]
}

/**
 * How question → competency inference is weighted. Cue matches are the hand-written evidence; the
 * naive Bayes part learns which words the question bank uses per competency. Tuned by k-fold
 * cross-validation on the question bank (bench/search.ts), not on the evaluation questions.
 */
export const COMPETENCY_MODEL_WEIGHTS = {
  /** Share of the cue distribution in the blend when at least one cue matched. */
  cueShare: 0.5,
  /** Extra weight of a cue per additional word: a matched phrase says more than a matched word. */
  phraseBonus: 0.5,
  /** Laplace smoothing of word counts. */
  smoothing: 0.5,
  /** Weight of a secondary competency of a training question. */
  secondaryWeight: 0.5,
  /** Softens naive Bayes' over-confident posteriors. */
  temperature: 0.35,
  /** Confidence scale when no cue matched: the guess rests on word statistics alone. */
  noCueScale: 0.7,
}

interface CueEntry {
  /** Matched against the question's terms, or, for a cue that is mostly stop words, its every word. */
  on: 'terms' | 'words'
  sequence: string[]
  weight: number
}

/**
 * Every word of a text as a key, stop words included: what a cue like "say no" or "on call" is
 * matched against, since without its stop words it would shrink to "say" or "call" and fire on anything.
 */
export function questionWords(text: string): string[] {
  return tokenize(text).map(termKey)
}

function isMostlyStopWords(cue: string): boolean {
  const words = tokenize(cue)
  return words.length > 1 && words.filter((w) => !isStopWord(w)).length === 1
}

export interface CompetencyModel {
  ids: readonly string[]
  /** `words` is questionWords(question): without it, cues like "say no" cannot match. */
  infer(terms: readonly AnalyzedTerm[], words?: readonly string[]): InferredCompetency[]
  /** The single-word cues of a competency, as terms ("disagree" for conflict). */
  cueTerms(id: string): ReadonlySet<string>
}

function containsSequence(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 1) return haystack.includes(needle[0] as string)
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer
    return true
  }
  return false
}

export function createCompetencyModel(input: CompetencyModelInput, lexicon: Lexicon): CompetencyModel {
  const w = COMPETENCY_MODEL_WEIGHTS
  const ids = Object.keys(input.cues)
  const cueEntries = new Map<string, CueEntry[]>()
  for (const id of ids) {
    const seen = new Set<string>()
    const entries: CueEntry[] = []
    for (const cue of input.cues[id] ?? []) {
      const terms = analyzeText(cue, lexicon, { mode: 'story' }).map((t) => t.term)
      const byWords = terms.length === 1 && isMostlyStopWords(cue)
      const sequence = byWords ? questionWords(cue) : terms
      const signature = `${byWords ? 'w' : 't'}:${sequence.join(' ')}`
      if (terms.length === 0 || seen.has(signature)) continue
      seen.add(signature)
      entries.push({
        on: byWords ? 'words' : 'terms',
        sequence,
        weight: 1 + w.phraseBonus * (sequence.length - 1),
      })
    }
    cueEntries.set(id, entries)
  }

  const termCounts = new Map<string, Map<string, number>>(ids.map((id) => [id, new Map()]))
  const totals = new Map<string, number>(ids.map((id) => [id, 0]))
  const priors = new Map<string, number>(ids.map((id) => [id, 0]))
  const vocabulary = new Set<string>()
  for (const example of input.examples) {
    const terms = analyzeText(example.text, lexicon, { mode: 'question' }).map((t) => t.term)
    example.competencies.forEach((id, rank) => {
      const counts = termCounts.get(id)
      if (!counts) return
      const weight = rank === 0 ? 1 : w.secondaryWeight
      priors.set(id, (priors.get(id) ?? 0) + weight)
      for (const term of terms) {
        vocabulary.add(term)
        counts.set(term, (counts.get(term) ?? 0) + weight)
        totals.set(id, (totals.get(id) ?? 0) + weight)
      }
    })
  }
  const priorTotal = [...priors.values()].reduce((a, b) => a + b, 0)
  const hasExamples = priorTotal > 0

  function bayes(terms: readonly string[]): Map<string, number> {
    const logs = ids.map((id) => {
      const counts = termCounts.get(id) as Map<string, number>
      const denominator = (totals.get(id) ?? 0) + w.smoothing * (vocabulary.size + 1)
      let log = Math.log(((priors.get(id) ?? 0) + 1) / (priorTotal + ids.length))
      for (const term of terms) {
        if (!vocabulary.has(term)) continue
        log += Math.log(((counts.get(term) ?? 0) + w.smoothing) / denominator)
      }
      return log * w.temperature
    })
    const max = Math.max(...logs)
    const exps = logs.map((l) => Math.exp(l - max))
    const sum = exps.reduce((a, b) => a + b, 0)
    return new Map(ids.map((id, i) => [id, (exps[i] as number) / sum]))
  }

  function infer(analyzed: readonly AnalyzedTerm[], words: readonly string[] = []): InferredCompetency[] {
    const terms = analyzed.map((t) => t.term)
    if (terms.length === 0) return []
    const cueScores = new Map<string, number>()
    let cueTotal = 0
    for (const id of ids) {
      let score = 0
      for (const entry of cueEntries.get(id) ?? []) {
        if (containsSequence(entry.on === 'words' ? words : terms, entry.sequence)) score += entry.weight
      }
      cueScores.set(id, score)
      cueTotal += score
    }
    const statistical = hasExamples && terms.some((t) => vocabulary.has(t)) ? bayes(terms) : null
    if (cueTotal === 0 && !statistical) return []
    const blended = ids.map((id) => {
      const cue = cueTotal > 0 ? (cueScores.get(id) ?? 0) / cueTotal : 0
      const stat = statistical?.get(id) ?? 0
      let confidence: number
      if (!statistical) confidence = cue
      else if (cueTotal === 0) confidence = stat * w.noCueScale
      else confidence = w.cueShare * cue + (1 - w.cueShare) * stat
      return { id, confidence }
    })
    return blended.filter((c) => c.confidence > 0).sort((a, b) => b.confidence - a.confidence)
  }

  const singleCues = new Map(
    ids.map((id) => [
      id,
      new Set(
        (cueEntries.get(id) ?? [])
          .filter((e) => e.on === 'terms' && e.sequence.length === 1)
          .map((e) => e.sequence[0] as string),
      ),
    ]),
  )
  const none = new Set<string>()
  return { ids, infer, cueTerms: (id) => singleCues.get(id) ?? none }
}
