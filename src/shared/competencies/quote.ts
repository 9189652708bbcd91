import type { StoryFields } from '../story/schema'
import { tokenize } from '../text/tokenize'
import { fieldPieces, type TextField } from './story-text'
import { matchTerms, tokenTerms } from './terms'

/**
 * Finds a cue phrase in a story the way scoring does (canonical terms, up to three words between them,
 * not right after "no"/"never") and returns the story's own words where it stands: evidence shown to a
 * person must be something they wrote, never the framework's cue.
 */

interface Word {
  term: string
  start: number
  end: number
}

export interface QuotablePiece {
  field: TextField
  text: string
  words: Word[]
}

/** As in story-text: words allowed between two words of a phrase, and how far back a "no" reaches. */
const MAX_GAP = 3
const NEGATION_REACH = 2
const NEGATING = new Set(matchTerms('no not never nothing zero none'))
/** A stretch of the original text that tokenize turns into zero or more words. */
const CHUNK = /(?:[\p{L}\p{N}\p{M}$%’'`]|(?<=\d)\.(?=\d))+/gu
/** A quote longer than this is trimmed to its ends: the gap words between them are the story's, but noise. */
const MAX_QUOTE = 60

/** The story's pieces with each word's term and place in the original text. `resolve` maps a term as scoring does. */
export function quotablePieces(
  story: Partial<StoryFields>,
  resolve: (term: string) => string = (term) => term,
): QuotablePiece[] {
  const out: QuotablePiece[] = []
  for (const [field, pieces] of Object.entries(fieldPieces(story)) as Array<[TextField, string[]]>) {
    for (const text of pieces) {
      const words: Word[] = []
      for (const chunk of text.matchAll(CHUNK)) {
        const start = chunk.index
        const end = start + chunk[0].length
        for (const token of tokenize(chunk[0])) {
          for (const term of tokenTerms(token)) words.push({ term: resolve(term), start, end })
        }
      }
      if (words.length > 0) out.push({ field, text, words })
    }
  }
  return out
}

function negated(words: readonly Word[], at: number): boolean {
  for (let back = 1; back <= NEGATION_REACH; back++) {
    const word = words[at - back]
    if (word && NEGATING.has(word.term)) return true
  }
  return false
}

function quoteIn(piece: QuotablePiece, terms: readonly string[]): string | undefined {
  const { words, text } = piece
  for (let i = 0; i < words.length; i++) {
    if (words[i]?.term !== terms[0] || negated(words, i)) continue
    let last = i
    for (let k = 1; k < terms.length && last >= 0; k++) {
      let next = -1
      for (let p = last + 1; p <= last + 1 + MAX_GAP && p < words.length; p++) {
        if (words[p]?.term === terms[k]) {
          next = p
          break
        }
      }
      last = next
    }
    if (last < 0) continue
    const first = words[i] as Word
    const end = (words[last] as Word).end
    if (end - first.start <= MAX_QUOTE) return text.slice(first.start, end)
    return `${text.slice(first.start, first.end)} … ${text.slice((words[last] as Word).start, end)}`
  }
  return undefined
}

/** The story's words for a cue phrase, looking first in the field it counted in; undefined when absent. */
export function quotePhrase(
  pieces: readonly QuotablePiece[],
  phrase: string | readonly string[],
  prefer?: TextField,
): string | undefined {
  const terms = typeof phrase === 'string' ? matchTerms(phrase) : phrase
  if (terms.length === 0) return undefined
  const ordered = prefer ? [...pieces].sort((a, b) => rank(a, prefer) - rank(b, prefer)) : pieces
  for (const piece of ordered) {
    const found = quoteIn(piece, terms)
    if (found) return found
  }
  return undefined
}

const rank = (piece: QuotablePiece, prefer: TextField) => (piece.field === prefer ? 0 : 1)

/** Quotes that say something new, in the order given: "flaky" adds nothing after "flaky test". */
export function distinctQuotes(quotes: ReadonlyArray<string | undefined>): string[] {
  const kept: string[] = []
  const out: string[] = []
  for (const quote of quotes) {
    const key = quote?.trim().toLowerCase()
    if (!quote || !key || kept.some((k) => k.includes(key) || key.includes(k))) continue
    kept.push(key)
    out.push(quote.trim())
  }
  return out
}
