import { isParticle, isStopWord, termKey, tokenize } from '../text/tokenize'
import type { Lexicon, PhraseNode } from './vocabulary'

/** One matchable unit of a text: a canonical term and the words it was read from. */
export interface AnalyzedTerm {
  term: string
  /** Normalized words of the text this term came from (for highlighting). */
  words: string[]
}

export interface AnalyzeOptions {
  /** Questions drop interview boilerplate and filler words; stories keep every content word. */
  mode: 'story' | 'question'
  /** Replaces a misspelt word before matching (questions only). */
  correct?: (word: string) => string
}

/** Receives each term with the span of content words [start, end) it was read from. */
export type TermVisitor = (term: string, words: readonly string[], start: number, end: number) => void

type PhraseEnd = { end: number; node: PhraseNode }

/**
 * The longest vocabulary phrase below `node` from word `at` on. Inside a phrase a particle may be read
 * as part of it ("clean up") or passed over ("cleaned [up] the mess", "stood [up] a new team"): both
 * readings are tried. `node` is the phrase root only for the phrase's first word.
 */
function longestPhrase(
  node: PhraseNode,
  keys: readonly string[],
  particles: readonly boolean[],
  at: number,
  inside = false,
): PhraseEnd | null {
  let best: PhraseEnd | null = null
  const next = at < keys.length ? node.children.get(keys[at] as string) : undefined
  if (next) {
    if (next.output) best = { end: at + 1, node: next }
    best = longer(best, longestPhrase(next, keys, particles, at + 1, true))
  }
  if (inside && particles[at]) best = longer(best, longestPhrase(node, keys, particles, at + 1, true))
  return best
}

function longer(a: PhraseEnd | null, b: PhraseEnd | null): PhraseEnd | null {
  return b && (!a || b.end > a.end) ? b : a
}

/** What matching needs to know of one word, looked up once per distinct word and lexicon. */
interface WordInfo {
  /** The word itself: one string per distinct word, so later lookups compare it by reference. */
  word: string
  stop: boolean
  particle: boolean
  key: string
  /** A story phrase / a question phrase starts with this key. */
  storyPhrase: boolean
  questionPhrase: boolean
  filler: boolean
  /** The key folded into its synonym group. */
  term: string
}

const WORD_INFO_LIMIT = 200_000
const wordInfos = new WeakMap<Lexicon, Map<string, WordInfo>>()

function wordInfo(memo: Map<string, WordInfo>, lexicon: Lexicon, word: string): WordInfo {
  let info = memo.get(word)
  if (info === undefined) {
    const key = termKey(word)
    info = {
      word,
      stop: isStopWord(word),
      particle: isParticle(word),
      key,
      storyPhrase: lexicon.phrases.children.has(key),
      questionPhrase: lexicon.questionPhrases.children.has(key),
      filler: lexicon.questionFiller.has(key),
      term: lexicon.synonyms.get(key) ?? key,
    }
    if (memo.size >= WORD_INFO_LIMIT) memo.clear()
    memo.set(word, info)
  }
  return info
}

/**
 * Reads a text the way search compares it: content words reduced to keys, vocabulary phrases
 * ("pushed back", "without all the information") folded into one canonical term, synonyms folded into
 * their group's first word. Stories and questions go through this same function, so both sides meet.
 * A visitor instead of a result list keeps index builds free of per-word allocations; what is known
 * of each distinct word is looked up once (index builds spend most of their time here).
 */
export function visitTerms(
  text: string,
  lexicon: Lexicon,
  options: AnalyzeOptions,
  visit: TermVisitor,
): void {
  let memo = wordInfos.get(lexicon)
  if (!memo) {
    memo = new Map()
    wordInfos.set(lexicon, memo)
  }
  const words: string[] = []
  const keys: string[] = []
  const infos: WordInfo[] = []
  // Particles ("up" in "ramp up") are read only as part of a vocabulary phrase, never on their own.
  const particles: boolean[] = []
  for (const token of tokenize(text)) {
    let info = wordInfo(memo, lexicon, token)
    let particle = false
    if (info.stop) {
      if (!info.particle) continue
      particle = true
    }
    if (options.correct && !particle) info = wordInfo(memo, lexicon, options.correct(token))
    words.push(info.word)
    keys.push(info.key)
    infos.push(info)
    particles.push(particle)
  }
  const isQuestion = options.mode === 'question'
  const root = isQuestion ? lexicon.questionPhrases : lexicon.phrases
  let i = 0
  while (i < keys.length) {
    const info = infos[i] as WordInfo
    const startsPhrase = isQuestion ? info.questionPhrase : info.storyPhrase
    const phrase = startsPhrase ? longestPhrase(root, keys, particles, i) : null
    if (phrase && phrase.end - i > 1) {
      const output = phrase.node.output
      if (output?.kind === 'term') visit(output.term, words, i, phrase.end)
      i = phrase.end
      continue
    }
    i++
    if (particles[i - 1]) continue
    if (isQuestion && (info.filler || phrase?.node.output?.kind === 'drop')) continue
    visit(info.term, words, i - 1, i)
  }
}

/** The terms of a text, each with the words it was read from. */
export function analyzeText(text: string, lexicon: Lexicon, options: AnalyzeOptions): AnalyzedTerm[] {
  const out: AnalyzedTerm[] = []
  visitTerms(text, lexicon, options, (term, words, start, end) =>
    out.push({ term, words: words.slice(start, end) }),
  )
  return out
}
