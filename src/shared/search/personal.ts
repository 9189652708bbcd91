/**
 * Search that learns from the person: a question resembling one they linked to a story ("for this
 * question I tell this story") or practised with it lifts that story, by a bounded amount, with the
 * reason shown. Layered on top of the ranker's output; the ranker itself is unchanged.
 */
import { questionKey } from '../practice/schedule'
import type { PracticeCard } from '../practice/schema'
import { everydayRank } from '../text/everyday-words'
import { analyzeText, type AnalyzedTerm } from './analyze'
import type { InferredCompetency } from './competency-model'
import { storyCompetencies, type IndexedStory, type SearchableStory, type SearchIndex } from './index'
import { toSearchJson, type SearchJson } from './output'
import { getInformativeness, type TermInformativeness } from './question'
import {
  searchStories,
  withVerdict,
  type SearchOptions,
  type SearchResponse,
  type SearchResult,
} from './rank'
import { scopeOf, summarizeScope } from './scope-fit'
import { strengthOf } from './strength'
import type { Lexicon } from './vocabulary'
import { getLexicon } from './vocabulary'

/**
 * Chosen on bench/practised-quality.ts (every set at 25, 50 and 100% practised, plus the rewordings in
 * bench/eval/rewordings.json) and test/shared/search/paraphrases.ts. Larger or gentler-shaped boosts
 * lift a few more rewordings but lower P@1 on new questions whose nearest linked question was linked to
 * another story (measured 2026-12: max 0.5 with power 1 cost the eval vault 0.03 at 25% practised);
 * this shape is the one found that is never below the ranker without links on any set or share.
 */
export const LINK_BOOST = {
  /** The most a link adds to a story's 0..1 score: a much better text match is never hidden. */
  max: 0.5,
  /** Shape of the boost above the threshold: >1 keeps merely similar questions' boosts small. */
  power: 2,
  /** How much of the word similarity depends on the two questions probing the same competencies. */
  competencyShare: 0.2,
  /** Below this similarity a linked question is not "the same question". */
  threshold: 0.3,
  /** A question only practised with a story (not linked) counts this much of a link. */
  practised: 0.8,
  /** Weight of a word every question uses ("team"), against 1 for a word no question uses. */
  genericFloor: 0.5,
  everyday: { floor: 0.3, commonRank: 1000, rareRank: 20000 },
}

interface LinkEntry {
  text: string
  storyId: string
  /** 1 for a link, LINK_BOOST.practised for a question only practised with the story. */
  strength: number
  norm: number
  /** What the linked question probes, when known (own and bank questions carry it). */
  competencies: readonly string[]
}

export interface LinkIndex {
  entries: LinkEntry[]
  /** term → [entry index, term weight] pairs. */
  postings: Map<string, Array<[number, number]>>
  informativeness: TermInformativeness
  lexicon: Lexicon
}

function specificity(words: readonly string[]): number {
  const { floor, commonRank, rareRank } = LINK_BOOST.everyday
  const rank = words.length === 1 ? everydayRank(words[0] as string) : undefined
  if (rank === undefined || rank >= rareRank) return 1
  if (rank <= commonRank) return floor
  return floor + ((1 - floor) * Math.log(rank / commonRank)) / Math.log(rareRank / commonRank)
}

/** How much each term of a question says about which question it is. */
function termWeights(
  terms: readonly AnalyzedTerm[],
  informativeness: TermInformativeness,
): Map<string, number> {
  const weights = new Map<string, number>()
  for (const { term, words } of terms) {
    const info = LINK_BOOST.genericFloor + (1 - LINK_BOOST.genericFloor) * informativeness(term)
    weights.set(term, Math.max(weights.get(term) ?? 0, info * specificity(words)))
  }
  return weights
}

function norm(weights: Map<string, number>): number {
  let sum = 0
  for (const w of weights.values()) sum += w * w
  return Math.sqrt(sum)
}

/** Linked questions read before, by text: a rebuild after one edit reads only the new questions. */
const readQuestions = new Map<string, Map<string, number>>()
const READ_CACHE_LIMIT = 200_000

function linkedTermWeights(
  text: string,
  lexicon: Lexicon,
  informativeness: TermInformativeness,
): Map<string, number> {
  if (lexicon !== getLexicon() || informativeness !== getInformativeness())
    return termWeights(analyzeText(text, lexicon, { mode: 'question' }), informativeness)
  let weights = readQuestions.get(text)
  if (!weights) {
    if (readQuestions.size >= READ_CACHE_LIMIT) readQuestions.clear()
    weights = termWeights(analyzeText(text, lexicon, { mode: 'question' }), informativeness)
    readQuestions.set(text, weights)
  }
  return weights
}

export interface LinkSources {
  stories: readonly Pick<SearchableStory, 'id' | 'questions'>[]
  /** Practice cards: a question practised with a story counts as a weaker link. */
  cards?: readonly Pick<PracticeCard, 'question' | 'storyId'>[]
  /** The competencies a linked question probes (own questions and bank questions store them). */
  competenciesOf?: (question: string) => readonly string[] | undefined
}

/** A small index over the questions the person linked to (or practised with) each story. */
export function buildLinkIndex(sources: LinkSources, lexicon: Lexicon = getLexicon()): LinkIndex {
  const informativeness = getInformativeness()
  const entries: LinkEntry[] = []
  const postings = new Map<string, Array<[number, number]>>()
  const seen = new Map<string, number>()
  const add = (text: string, storyId: string, strength: number) => {
    const competencies = sources.competenciesOf?.(text) ?? []
    const key = `${storyId}\u0000${questionKey(text)}`
    const existing = seen.get(key)
    if (existing !== undefined) {
      const entry = entries[existing] as LinkEntry
      entry.strength = Math.max(entry.strength, strength)
      return
    }
    const weights = linkedTermWeights(text, lexicon, informativeness)
    const n = norm(weights)
    if (n === 0) return
    const id = entries.length
    seen.set(key, id)
    entries.push({ text, storyId, strength, norm: n, competencies })
    for (const [term, w] of weights) {
      const list = postings.get(term)
      if (list) list.push([id, w])
      else postings.set(term, [[id, w]])
    }
  }
  const live = new Set<string>()
  for (const story of sources.stories) {
    live.add(story.id)
    for (const q of story.questions) add(q, story.id, 1)
  }
  for (const card of sources.cards ?? [])
    if (live.has(card.storyId)) add(card.question, card.storyId, LINK_BOOST.practised)
  return { entries, postings, informativeness, lexicon }
}

/** Share of the question's guessed competencies (by confidence) that the linked question probes too. */
function competencyAgreement(wanted: readonly InferredCompetency[], probed: readonly string[]): number {
  let total = 0
  let shared = 0
  for (const { id, confidence } of wanted) {
    total += confidence
    if (probed.includes(id)) shared += confidence
  }
  return total > 0 ? shared / total : 0
}

export interface LinkMatch {
  storyId: string
  /** The linked or practised question that resembles this one most. */
  question: string
  linked: boolean
  /** 0..1 cosine similarity of the two questions' weighted terms. */
  similarity: number
  boost: number
}

/** A link's weight for choosing a story's nearest question: a practised-only one counts less. */
const weighed = (m: { similarity: number; strength: number }) => m.similarity * m.strength

/** Per story, its linked (or practised) question most similar to this one, however little. */
export function nearestLinks(
  links: LinkIndex,
  terms: readonly AnalyzedTerm[],
  competencies: readonly InferredCompetency[] = [],
): Map<string, Omit<LinkMatch, 'boost'> & { strength: number }> {
  const out = new Map<string, Omit<LinkMatch, 'boost'> & { strength: number }>()
  if (links.entries.length === 0) return out
  const weights = termWeights(terms, links.informativeness)
  const queryNorm = norm(weights)
  if (queryNorm === 0) return out
  // Typed scratch plus a list of the entries touched: no map churn when a word is in thousands of links.
  const dots = new Float64Array(links.entries.length)
  const touched: number[] = []
  for (const [term, w] of weights) {
    for (const [entry, ew] of links.postings.get(term) ?? []) {
      if (dots[entry] === 0) touched.push(entry)
      dots[entry] = (dots[entry] as number) + w * ew
    }
  }
  for (const id of touched) {
    const entry = links.entries[id] as LinkEntry
    const words = (dots[id] as number) / (queryNorm * entry.norm)
    // A linked question whose competencies are unknown is judged on its words alone.
    const share = entry.competencies.length ? LINK_BOOST.competencyShare : 0
    // Probing the same competencies confirms shared words; on its own it does not make two questions
    // the same ("a time you failed" and "a time you missed a deadline" both probe ownership).
    const similarity = words * (1 - share + share * competencyAgreement(competencies, entry.competencies))
    const current = out.get(entry.storyId)
    const candidate = {
      storyId: entry.storyId,
      question: entry.text,
      linked: entry.strength === 1,
      similarity: Math.round(similarity * 1000) / 1000,
      strength: entry.strength,
    }
    if (!current || weighed(candidate) > weighed(current)) out.set(entry.storyId, candidate)
  }
  return out
}

/** Per story, the most similar linked question above the threshold, and the boost it gives. */
export function matchLinks(
  links: LinkIndex,
  terms: readonly AnalyzedTerm[],
  competencies: readonly InferredCompetency[] = [],
): Map<string, LinkMatch> {
  const { max, threshold, power } = LINK_BOOST
  const out = new Map<string, LinkMatch>()
  for (const [storyId, { strength, ...match }] of nearestLinks(links, terms, competencies)) {
    if (match.similarity < threshold) continue
    const boost = max * strength * Math.min(1, (match.similarity - threshold) / (1 - threshold)) ** power
    out.set(storyId, { ...match, boost })
  }
  return out
}

export type PersonalResult = SearchResult & {
  /** The linked (or practised) question that lifted this story, or null. */
  linkedQuestion: string | null
}
export type PersonalResponse = Omit<SearchResponse, 'results'> & { results: PersonalResult[] }

/** A practised (not linked) question vouches for a story less than the person's explicit link. */
const PRACTISED_FIT = 0.8

function linkReason(match: LinkMatch): string {
  return match.linked
    ? `You chose this story for “${match.question}”.`
    : `You practised this story for “${match.question}”.`
}

/** A result for a linked story the ranker did not list (no shared words, or below its cut). */
function resultFor(
  index: SearchIndex,
  docIndex: number,
  response: SearchResponse,
  options: SearchOptions,
): SearchResult {
  const doc = index.docs[docIndex] as IndexedStory
  const scope = scopeOf(index, docIndex, options.level)
  return {
    id: doc.story.id,
    title: doc.story.title,
    score: 0,
    fit: 0,
    strength: 'weak',
    competencies: response.competencies.map((c) => c.id).filter((id) => storyCompetencies(doc).includes(id)),
    matched: [],
    scope: summarizeScope(scope, options.level),
    reasons: [],
    smallForLevel: scope.smallForLevel,
  }
}

/**
 * The ranker's answer, re-ordered by the person's links. A linked story gains at most LINK_BOOST.max,
 * so a story whose words match much better stays ahead, and every lifted story says why.
 */
export function searchWithLinks(
  index: SearchIndex,
  links: LinkIndex,
  question: string,
  options: SearchOptions,
): PersonalResponse {
  const limit = Math.max(1, Math.min(options.limit ?? 10, 100))
  const wide = Math.min(100, limit + 5)
  const response = searchStories(index, question, { ...options, limit: wide })
  const plain = (r: SearchResult): PersonalResult => ({ ...r, linkedQuestion: null })
  const matches =
    index.docs.length > 0
      ? matchLinks(links, response.analysis.terms, response.competencies)
      : new Map<string, LinkMatch>()
  if (matches.size === 0) return { ...response, results: response.results.slice(0, limit).map(plain) }
  const results = response.results.map(plain)
  const listed = new Set(results.map((r) => r.id))
  // Stories beyond the ranker's list scored at most its last score; those it dropped scored about 0.
  const floor = response.results.length >= wide ? (response.results.at(-1)?.score ?? 0) : 0
  const byId = new Map<string, number>()
  index.docs.forEach((doc, i) => {
    if (matches.has(doc.story.id) && !listed.has(doc.story.id)) byId.set(doc.story.id, i)
  })
  for (const docIndex of byId.values())
    results.push({ ...plain(resultFor(index, docIndex, response, options)), score: floor })
  const boosted = results.map((r) => {
    const match = matches.get(r.id)
    if (!match) return r
    // The person's own choice for a question this close is evidence of fit that words cannot give.
    const fit = Math.max(r.fit, match.linked ? match.similarity : match.similarity * PRACTISED_FIT)
    return {
      ...r,
      score: Math.round((r.score + match.boost) * 1000) / 1000,
      fit,
      strength: strengthOf(fit),
      reasons: [linkReason(match), ...r.reasons],
      linkedQuestion: match.question,
    }
  })
  boosted.sort((a, b) => b.score - a.score)
  // Results exist now (boosted is never empty here): the ranker's "nothing matched" no longer applies.
  return withVerdict({ ...response, results: boosted.slice(0, limit) })
}

/** `search --json` with `linkedQuestion` on every result. */
export function toPersonalSearchJson(
  response: PersonalResponse,
  level: string,
): SearchJson & { results: Array<SearchJson['results'][number] & { linkedQuestion: string | null }> } {
  const json = toSearchJson(response, level)
  return {
    ...json,
    results: json.results.map((r, i) => ({
      ...r,
      linkedQuestion: response.results[i]?.linkedQuestion ?? null,
    })),
  }
}
