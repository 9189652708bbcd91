import type { CompiledFramework } from './compiled'
import { eachPhraseStart, isNegated, spanAt, type FieldSpan, type IndexedStory } from './story-text'

/**
 * Every distinct cue phrase of a compiled framework once, looked up by one of its terms. A story is
 * scored by walking its own terms and trying only the phrases keyed by one of them, instead of
 * searching it for each of the framework's few thousand cues; a phrase several cues share is matched
 * once.
 */
export interface CueIndex {
  /** Each distinct phrase's terms; its place in the list is its phrase number. */
  phrases: string[][]
  /** Each phrase's terms as vocabulary numbers. */
  phraseIds: number[][]
  /** Phrase numbers by the vocabulary number of their longest term (the first of equals). */
  byKeyTerm: Array<number[] | undefined>
  /** Per competency (framework order), the phrase number of each signal, in signal order. */
  signalPhrases: number[][]
  /** Per competency, per checklist item, the phrase number of each cue, in cue order. */
  checklistPhrases: number[][][]
  /** Per phrase, the competencies (framework order) and signal numbers using it. */
  signalUsers: CueUser[][]
  /** Per phrase, the competencies and checklist item numbers with a cue using it. */
  checklistUsers: CueUser[][]
  /** Reused by withPhraseMatches, one slot per phrase; empty between calls. */
  scratch: Array<PhraseMatch | undefined>
  /** Reused by withPhraseMatches: 1 for each vocabulary number in the story; all 0 between calls. */
  present: Uint8Array
}

/** Where a phrase stands in a story, as a cue's points need it (all but the cue's own weight). */
export interface PhraseMatch {
  /** The field of the heaviest place it stands, and that field's weight. */
  best: FieldSpan
  /** Extra occurrences beyond the first, not negated. */
  repeats: number
}

export interface CueUser {
  competency: number
  /** The signal's or checklist item's number within the competency. */
  index: number
}

/**
 * Per competency (framework order), the numbers of its signals and checklist items with a phrase in
 * the story, ascending; no list for a competency with none.
 */
export interface MatchedCues {
  signals: Array<number[] | undefined>
  checklistItems: Array<number[] | undefined>
}

/** Extra occurrences of the same cue count, but less and less: repeating a word is not more evidence. */
const MAX_REPEATS = 2

const cache = new WeakMap<CompiledFramework, CueIndex>()

export function cueIndex(compiled: CompiledFramework): CueIndex {
  const cached = cache.get(compiled)
  if (cached) return cached
  const phrases: string[][] = []
  const phraseIds: number[][] = []
  const byKeyTerm: Array<number[] | undefined> = []
  const { vocabulary } = compiled
  const numbers = new Map<string, number>()
  const phraseNumber = (terms: string[]): number => {
    const key = terms.join(' ')
    let n = numbers.get(key)
    if (n === undefined) {
      n = phrases.length
      phrases.push(terms)
      phraseIds.push(terms.map((t) => vocabulary.idOf(t)))
      numbers.set(key, n)
      // Keyed by its longest word: long words are rare in stories, so few phrases are tried in vain.
      const keyId = vocabulary.idOf(terms.reduce((a, b) => (b.length > a.length ? b : a), ''))
      // A term outside the vocabulary never occurs in an indexed story: such a phrase cannot match.
      if (keyId >= 0) (byKeyTerm[keyId] ??= []).push(n)
    }
    return n
  }
  const signalPhrases = compiled.competencies.map((c) => c.signals.map((cue) => phraseNumber(cue.terms)))
  const checklistPhrases = compiled.competencies.map((c) =>
    c.checklist.map((item) => item.cues.map((cue) => phraseNumber(cue.terms))),
  )
  const signalUsers: CueUser[][] = phrases.map(() => [])
  const checklistUsers: CueUser[][] = phrases.map(() => [])
  signalPhrases.forEach((numbers, competency) =>
    numbers.forEach((n, k) => signalUsers[n]?.push({ competency, index: k })),
  )
  checklistPhrases.forEach((items, competency) =>
    items.forEach((numbers, item) =>
      numbers.forEach((n) => checklistUsers[n]?.push({ competency, index: item })),
    ),
  )
  const index: CueIndex = {
    phrases,
    phraseIds,
    byKeyTerm,
    signalPhrases,
    checklistPhrases,
    signalUsers,
    checklistUsers,
    scratch: phrases.map(() => undefined),
    present: new Uint8Array(vocabulary.size),
  }
  cache.set(compiled, index)
  return index
}

function hasAllTerms(present: Uint8Array, ids: readonly number[]): boolean {
  for (const id of ids) if (present[id] !== 1) return false
  return true
}

function matchPhrase(story: IndexedStory, terms: readonly number[]): PhraseMatch | undefined {
  const found: { count: number; best?: FieldSpan } = { count: 0 }
  eachPhraseStart(story, terms, (start) => {
    if (isNegated(story, start)) return
    found.count++
    const span = spanAt(story, start)
    if (span && (!found.best || span.weight > found.best.weight)) found.best = span
  })
  if (found.count === 0 || !found.best) return undefined
  return { best: found.best, repeats: Math.min(MAX_REPEATS, found.count - 1) }
}

/**
 * Runs `use` with each phrase's match in the story by phrase number (empty where it does not occur).
 * The arrays are the index's own, cleared afterwards: fresh ones per story would be mostly empty garbage.
 */
export function withPhraseMatches<T>(
  story: IndexedStory,
  index: CueIndex,
  use: (matches: ReadonlyArray<PhraseMatch | undefined>, found: readonly number[]) => T,
): T {
  const { scratch, present } = index
  const found: number[] = []
  const ids = [...story.positions.keys()]
  try {
    for (const id of ids) present[id] = 1
    for (const id of ids) {
      const candidates = index.byKeyTerm[id]
      if (!candidates) continue
      for (const n of candidates) {
        if (!hasAllTerms(present, index.phraseIds[n] as number[])) continue
        const match = matchPhrase(story, index.phraseIds[n] as number[])
        if (match) {
          scratch[n] = match
          found.push(n)
        }
      }
    }
    return use(scratch, found)
  } finally {
    for (const n of found) scratch[n] = undefined
    for (const id of ids) present[id] = 0
  }
}

/** Which signals and checklist items the found phrases stand for, so scoring skips the rest. */
export function matchedCues(index: CueIndex, found: readonly number[]): MatchedCues {
  const signals: Array<number[] | undefined> = []
  const checklistItems: Array<number[] | undefined> = []
  for (const n of found) {
    for (const u of index.signalUsers[n] ?? []) (signals[u.competency] ??= []).push(u.index)
    for (const u of index.checklistUsers[n] ?? []) (checklistItems[u.competency] ??= []).push(u.index)
  }
  for (const list of signals) list?.sort(ascending)
  // An item with several cues in the story is listed once.
  for (const list of checklistItems) if (list) dropRepeats(list.sort(ascending))
  return { signals, checklistItems }
}

const ascending = (a: number, b: number) => a - b

function dropRepeats(sorted: number[]): void {
  let kept = 0
  for (const value of sorted) if (kept === 0 || sorted[kept - 1] !== value) sorted[kept++] = value
  sorted.length = kept
}
