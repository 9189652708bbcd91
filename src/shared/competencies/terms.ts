import { isStopWord, stem, tokenize } from '../text/tokenize'

/**
 * Matching terms: the shared stemmer applied twice (so "prioritization" and "prioritize" meet), after
 * folding British "-ise" spellings into "-ize". Cues and stories go through the same function.
 */
export function canonicalTerm(token: string): string {
  let term = canonicalMemo.get(token)
  if (term === undefined) {
    const american = token.replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1')
    term = stem(stem(american))
    if (canonicalMemo.size >= MEMO_LIMIT) canonicalMemo.clear()
    canonicalMemo.set(token, term)
  }
  return term
}

/** Stemming is regex work and the same few thousand words repeat across stories: each is stemmed once. */
const MEMO_LIMIT = 50_000
const canonicalMemo = new Map<string, string>()

/**
 * Canonical terms in order, stop words kept: a cue like "did not work" or "not my team" is only
 * specific with its small words, which phrase matching then requires.
 */
export function matchTerms(text: string): string[] {
  const terms: string[] = []
  for (const token of tokenize(text)) terms.push(...tokenTerms(token))
  return terms
}

/** The matching terms of one token: one, or two for a spelled-out contraction. */
export function tokenTerms(token: string): readonly string[] {
  return CONTRACTIONS.get(token) ?? [isStopWord(token) ? token : canonicalTerm(token)]
}

/**
 * Negative contractions lose their apostrophe in tokenize ("couldn't" → "couldnt", and people type
 * "didnt" too): spelling them out lets "couldn't do both" and "could not do both" meet.
 */
const CONTRACTIONS = new Map<string, string[]>(
  ['do', 'did', 'does', 'could', 'would', 'should', 'was', 'were', 'is', 'are', 'has', 'have', 'had']
    .map((verb) => [`${verb}nt`, [verb, 'not']] as [string, string[]])
    .concat([
      ['cant', ['can', 'not']],
      ['cannot', ['can', 'not']],
      ['wont', ['will', 'not']],
    ]),
)

/** Whether a term carries meaning on its own (counts for length; a short cue needs at least one). */
export function isContentTerm(term: string): boolean {
  return !isStopWord(term)
}

/** Edit distance capped at 2 (enough to tell "one typo" from "different word"). */
function editDistanceAtMost1(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  let j = 0
  let edits = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++
      j++
      continue
    }
    if (++edits > 1) return false
    // Adjacent swap ("stakehodler") counts as one edit.
    if (a[i] === b[j + 1] && a[i + 1] === b[j] && a.length === b.length) {
      i += 2
      j += 2
      continue
    }
    if (a.length > b.length) i++
    else if (b.length > a.length) j++
    else {
      i++
      j++
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1
}

function sharedPrefix(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a[n] === b[n]) n++
  return n
}

/** Whether a story word is a typo or a variant of a vocabulary word ("stakholder", "priority"/"prioritiz"). */
export function closeEnough(word: string, known: string): boolean {
  if (word.length < 6 || known.length < 5) return false
  if (editDistanceAtMost1(word, known)) return true
  const prefix = sharedPrefix(word, known)
  return prefix >= 7 && prefix >= 0.8 * Math.min(word.length, known.length)
}

/** A story token's terms before and after resolving them to the vocabulary. */
export interface ResolvedToken {
  terms: readonly string[]
  /** Each term's vocabulary number after resolving it, or -1 where no word is close: no cue can match it. */
  ids: readonly number[]
  /** Whether each term is a negating word ("no", "not", "never", "nothing", "zero", "none"). */
  negating: readonly boolean[]
  contentTerms: number
}

/** Maps words that are not in the vocabulary to a close vocabulary word, bucketed by first letter. */
export class Vocabulary {
  /** Each word with its number, given in the order words are added. */
  private readonly words = new Map<string, number>()
  private readonly byInitial = new Map<string, string[]>()
  private readonly memo = new Map<string, string>()
  private readonly tokens = new Map<string, ResolvedToken>()

  add(term: string): void {
    if (this.words.has(term)) return
    this.words.set(term, this.words.size)
    this.tokens.clear()
    const bucket = this.byInitial.get(term[0] ?? '') ?? []
    bucket.push(term)
    this.byInitial.set(term[0] ?? '', bucket)
  }

  resolve(term: string): string {
    if (this.words.has(term)) return term
    const cached = this.memo.get(term)
    if (cached !== undefined) return cached
    let found = term
    for (const known of this.byInitial.get(term[0] ?? '') ?? []) {
      if (closeEnough(term, known)) {
        found = known
        break
      }
    }
    if (this.memo.size > MEMO_LIMIT) this.memo.clear()
    this.memo.set(term, found)
    return found
  }

  /** How many words the vocabulary holds: their numbers run from 0 to size - 1. */
  get size(): number {
    return this.words.size
  }

  /** A word's number, -1 for a word not in the vocabulary. */
  idOf(word: string): number {
    return this.words.get(word) ?? -1
  }

  /** tokenTerms and resolve in one lookup per story token: indexing a story does this for every word. */
  resolveToken(token: string): ResolvedToken {
    let entry = this.tokens.get(token)
    if (entry === undefined) {
      const terms = tokenTerms(token)
      entry = {
        terms,
        ids: terms.map((t) => this.idOf(this.resolve(t))),
        negating: terms.map((t) => NEGATING_TERMS.has(t)),
        contentTerms: terms.filter(isContentTerm).length,
      }
      if (this.tokens.size > MEMO_LIMIT) this.tokens.clear()
      this.tokens.set(token, entry)
    }
    return entry
  }
}

/** Words that deny what follows them ("no outage", "never escalated"), as terms. */
const NEGATING_TERMS = new Set(matchTerms('no not never nothing zero none'))
