import { isStopWord, termKey, tokenize } from '../text/tokenize'
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

function longestPhrase(
  root: PhraseNode,
  keys: readonly string[],
  start: number,
): { end: number; node: PhraseNode } | null {
  let node: PhraseNode | undefined = root
  let best: { end: number; node: PhraseNode } | null = null
  for (let i = start; i < keys.length && node; i++) {
    node = node.children.get(keys[i] as string)
    if (node?.output) best = { end: i + 1, node }
  }
  return best
}

/**
 * Reads a text the way search compares it: content words reduced to keys, vocabulary phrases
 * ("pushed back", "without all the information") folded into one canonical term, synonyms folded into
 * their group's first word. Stories and questions go through this same function, so both sides meet.
 * A visitor instead of a result list keeps index builds free of per-word allocations.
 */
export function visitTerms(
  text: string,
  lexicon: Lexicon,
  options: AnalyzeOptions,
  visit: TermVisitor,
): void {
  const words: string[] = []
  for (const token of tokenize(text)) {
    if (isStopWord(token)) continue
    words.push(options.correct ? options.correct(token) : token)
  }
  const keys = words.map(termKey)
  const isQuestion = options.mode === 'question'
  const root = isQuestion ? lexicon.questionPhrases : lexicon.phrases
  let i = 0
  while (i < keys.length) {
    const key = keys[i] as string
    const phrase = root.children.has(key) ? longestPhrase(root, keys, i) : null
    if (phrase && phrase.end - i > 1) {
      const output = phrase.node.output
      if (output?.kind === 'term') visit(output.term, words, i, phrase.end)
      i = phrase.end
      continue
    }
    i++
    if (isQuestion && (lexicon.questionFiller.has(key) || phrase?.node.output?.kind === 'drop')) continue
    visit(lexicon.synonyms.get(key) ?? key, words, i - 1, i)
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
