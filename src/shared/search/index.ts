import { effectiveCompetencies } from '../competencies/suggest'
import type { StoryFields } from '../story/schema'
import { termKey } from '../text/tokenize'
import { visitTerms } from './analyze'
import { SpellingCorrector } from './spelling'
import { getLexicon, type Lexicon } from './vocabulary'

/** What search needs of a story: its fields and a stable id (updatedAt lets a rebuild reuse work). */
export type SearchableStory = StoryFields & { id: string; updatedAt?: string }

/** The fields search reads, with how much a word found there counts (BM25F field boosts). */
export const FIELD_BOOSTS = {
  title: 3,
  tags: 2.5,
  situation: 1,
  task: 1,
  action: 1.2,
  result: 1,
  learnings: 0.8,
  metrics: 1,
  company: 0.5,
  role: 0.5,
} as const
export type SearchField = keyof typeof FIELD_BOOSTS
export const SEARCH_FIELDS = Object.keys(FIELD_BOOSTS) as SearchField[]
const TITLE_BIT = 1 << SEARCH_FIELDS.indexOf('title')

/** BM25 term-frequency saturation and length normalization. */
export const BM25 = { k1: 1.2, b: 0.6 }

export function fieldText(story: SearchableStory, field: SearchField): string {
  const value = story[field]
  return Array.isArray(value) ? value.join('. ') : value
}

export interface IndexedStory {
  story: SearchableStory
  /**
   * Effective competencies (assigned, else confident suggestions), primary first. Filled on first use
   * by `storyCompetencies`: suggesting them means reading the story against the whole framework, which
   * a one-off question over a large vault needs for only a few stories.
   */
  competencies?: string[]
  /** Ids in the index's term dictionary. */
  termIds: Uint32Array
  /** Boost-weighted term frequency per term. */
  frequencies: Float32Array
  /** Bit i set when the term occurs in SEARCH_FIELDS[i]. */
  fields: Uint16Array
  /** Boost-weighted number of terms. */
  length: number
}

export interface Posting {
  docs: Int32Array
  /** BM25 saturated term weight, idf not included. */
  weights: Float32Array
  /** 1 where the term is in the story's title. */
  inTitle: Uint8Array
}

/** Term ↔ id. Only grows, so ids stay valid for stories reused from a previous index. */
export interface TermDictionary {
  ids: Map<string, number>
  terms: string[]
}

export interface SearchIndex {
  docs: IndexedStory[]
  postings: Map<string, Posting>
  idf: Map<string, number>
  dictionary: TermDictionary
  lexicon: Lexicon
  corrector: SpellingCorrector
  /** Every word seen in the vault (and the vocabulary): what spelling correction aims at. */
  knownWords: Set<string>
}

/** Per-term scratch counters reused across stories, so reading a story allocates no maps. */
let scratchTf = new Float64Array(1024)
let scratchBits = new Uint16Array(1024)

function ensureScratch(size: number): void {
  if (size <= scratchTf.length) return
  const next = Math.max(size, scratchTf.length * 2)
  const tf = new Float64Array(next)
  tf.set(scratchTf)
  const bits = new Uint16Array(next)
  bits.set(scratchBits)
  scratchTf = tf
  scratchBits = bits
}

function analyzeStory(
  story: SearchableStory,
  lexicon: Lexicon,
  dictionary: TermDictionary,
  knownWords: Set<string>,
): IndexedStory {
  const touched: number[] = []
  let length = 0
  SEARCH_FIELDS.forEach((field, bit) => {
    const text = fieldText(story, field)
    if (!text) return
    const boost = FIELD_BOOSTS[field]
    const mask = 1 << bit
    visitTerms(text, lexicon, { mode: 'story' }, (term, words, start, end) => {
      let id = dictionary.ids.get(term)
      if (id === undefined) {
        id = dictionary.terms.length
        dictionary.ids.set(term, id)
        dictionary.terms.push(term)
        ensureScratch(id + 1)
      }
      if (scratchTf[id] === 0) touched.push(id)
      scratchTf[id] = (scratchTf[id] as number) + boost
      scratchBits[id] = (scratchBits[id] as number) | mask
      for (let i = start; i < end; i++) knownWords.add(words[i] as string)
      length += boost
    })
  })
  const termIds = Uint32Array.from(touched)
  const frequencies = Float32Array.from(touched, (id) => scratchTf[id] as number)
  const fields = Uint16Array.from(touched, (id) => scratchBits[id] as number)
  for (const id of touched) {
    scratchTf[id] = 0
    scratchBits[id] = 0
  }
  return { story, termIds, frequencies, fields, length }
}

/** The story's effective competencies, computed once per indexed story. */
export function storyCompetencies(doc: IndexedStory): string[] {
  doc.competencies ??= effectiveCompetencies(doc.story)
  return doc.competencies
}

export interface BuildOptions {
  /** The index built before this change: stories whose id and updatedAt match are not re-read. */
  previous?: SearchIndex
  lexicon?: Lexicon
}

/**
 * Builds the search index of a vault. Reading a story is the expensive part and is reused from the
 * previous index for unchanged stories, so a rebuild after one edit costs one story plus the cheap
 * posting lists.
 */
export function buildSearchIndex(
  stories: readonly SearchableStory[],
  options: BuildOptions = {},
): SearchIndex {
  const lexicon = options.lexicon ?? options.previous?.lexicon ?? getLexicon()
  const reusable = new Map<string, IndexedStory>()
  for (const doc of options.previous?.docs ?? []) reusable.set(doc.story.id, doc)
  // Words of deleted stories stay known until the next full build: harmless for spelling correction.
  const knownWords = new Set<string>(options.previous?.knownWords ?? lexicon.knownWords)
  const dictionary: TermDictionary = options.previous?.dictionary ?? { ids: new Map(), terms: [] }
  const docs = stories.map((story) => {
    const old = reusable.get(story.id)
    const same = old && (old.story === story || (story.updatedAt && old.story.updatedAt === story.updatedAt))
    return same ? { ...old, story } : analyzeStory(story, lexicon, dictionary, knownWords)
  })

  const avgLength = docs.reduce((sum, d) => sum + d.length, 0) / Math.max(1, docs.length) || 1
  const df = new Uint32Array(dictionary.terms.length)
  let entries = 0
  for (const doc of docs) {
    for (const id of doc.termIds) df[id] = (df[id] as number) + 1
    entries += doc.termIds.length
  }
  // Every posting list is a view into three shared arrays: tens of thousands of small typed arrays,
  // each with a buffer of its own, made a large build spend a third of its time allocating.
  const allDocs = new Int32Array(entries)
  const allWeights = new Float32Array(entries)
  const allInTitle = new Uint8Array(entries)
  let offset = 0
  const lists = Array.from(df, (count) => {
    if (count === 0) return null
    const start = offset
    offset += count
    return {
      docs: allDocs.subarray(start, offset),
      weights: allWeights.subarray(start, offset),
      inTitle: allInTitle.subarray(start, offset),
      filled: 0,
    }
  })
  docs.forEach((doc, docIndex) => {
    const norm = BM25.k1 * (1 - BM25.b + (BM25.b * doc.length) / avgLength)
    doc.termIds.forEach((id, i) => {
      const list = lists[id] as Posting & { filled: number }
      const tf = doc.frequencies[i] as number
      list.docs[list.filled] = docIndex
      list.weights[list.filled] = tf / (tf + norm)
      list.inTitle[list.filled] = (doc.fields[i] as number) & TITLE_BIT ? 1 : 0
      list.filled++
    })
  })
  const postings = new Map<string, Posting>()
  const idf = new Map<string, number>()
  const n = docs.length
  lists.forEach((list, id) => {
    if (!list) return
    const term = dictionary.terms[id] as string
    postings.set(term, { docs: list.docs, weights: list.weights, inTitle: list.inTitle })
    idf.set(term, Math.log(1 + (n - list.filled + 0.5) / (list.filled + 0.5)))
  })

  const corrector = new SpellingCorrector(knownWords, (word) => {
    const key = termKey(word)
    return lexicon.knownKeys.has(key) || postings.has(lexicon.synonyms.get(key) ?? key)
  })
  return { docs, postings, idf, dictionary, lexicon, corrector, knownWords }
}
