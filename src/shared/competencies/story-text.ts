import type { StoryFields } from '../story/schema'
import { tokenize } from '../text/tokenize'
import type { Vocabulary } from './terms'

export type TextField =
  'title' | 'tags' | 'situation' | 'task' | 'action' | 'result' | 'learnings' | 'metrics'

/** How much a cue found in each field counts: what the person did and chose to tag weighs most. */
export const FIELD_WEIGHTS: Record<TextField, number> = {
  title: 1.3,
  tags: 2,
  situation: 0.8,
  task: 1,
  action: 1.2,
  result: 1,
  learnings: 1,
  metrics: 0.7,
}

/** Content words allowed between two words of a phrase ("escalated [it straight] early"), stop words included. */
const MAX_GAP = 3

/** Where a field's terms sit in the story's one position space. */
export interface FieldSpan {
  field: TextField
  weight: number
  start: number
  end: number
}

/**
 * A story's terms in one position space: fields and list items follow each other with a gap wider than
 * MAX_GAP, so one lookup per cue covers every field and a phrase never runs from one piece into the next.
 */
export interface IndexedStory {
  /**
   * Where each vocabulary word stands, by the word's vocabulary number (numbers look up faster than
   * words). A term no cue uses is left out: nothing looks it up.
   */
  positions: Map<number, number[]>
  /** Positions where a negating word stands ("no", "not", "never", "nothing", "zero"). */
  negators: Set<number>
  spans: FieldSpan[]
  /** Content terms in the story (tags excluded): long stories are normalised by it. */
  termCount: number
}

/** Each field as separate pieces: a phrase never runs from one tag or metric into the next. */
export function fieldPieces(story: Partial<StoryFields>): Record<TextField, string[]> {
  return {
    title: [story.title ?? ''],
    tags: (story.tags ?? []).map((t) => t.replace(/[-_/]+/g, ' ')),
    situation: [story.situation ?? ''],
    task: [story.task ?? ''],
    action: [story.action ?? ''],
    result: [story.result ?? ''],
    learnings: [story.learnings ?? ''],
    metrics: story.metrics ?? [],
  }
}

/** How many words before a cue a negating word still cancels it ("nothing [really] broke"). */
const NEGATION_REACH = 2

export function indexStory(story: Partial<StoryFields>, vocabulary: Vocabulary): IndexedStory {
  const pieces = fieldPieces(story)
  const positions = new Map<number, number[]>()
  const negators = new Set<number>()
  const spans: FieldSpan[] = []
  let termCount = 0
  let offset = 0
  for (const field of Object.keys(FIELD_WEIGHTS) as TextField[]) {
    const start = offset
    for (const piece of pieces[field]) {
      // The terms of matchTerms(piece), resolved to the vocabulary, one memoized lookup per token.
      let at = offset
      for (const token of tokenize(piece)) {
        const { ids, negating, contentTerms } = vocabulary.resolveToken(token)
        for (let k = 0; k < ids.length; k++, at++) {
          if (negating[k]) negators.add(at)
          const id = ids[k] as number
          if (id < 0) continue
          const list = positions.get(id)
          if (list) list.push(at)
          else positions.set(id, [at])
        }
        if (field !== 'tags') termCount += contentTerms
      }
      offset = at + MAX_GAP + 2
    }
    spans.push({ field, weight: FIELD_WEIGHTS[field], start, end: offset })
  }
  return { positions, negators, spans, termCount }
}

/** Whether the words just before a position deny it: "no outage", "nothing broke", "never escalated". */
export function isNegated(story: IndexedStory, position: number): boolean {
  for (let back = 1; back <= NEGATION_REACH; back++) if (story.negators.has(position - back)) return true
  return false
}

export function spanAt(story: IndexedStory, position: number): FieldSpan | undefined {
  for (const span of story.spans) if (position >= span.start && position < span.end) return span
  return undefined
}

/**
 * Start positions of a phrase (its terms' vocabulary numbers, in order, small gaps allowed), without
 * overlaps.
 */
export function findPhrase(story: IndexedStory, phrase: readonly number[]): number[] {
  const found: number[] = []
  eachPhraseStart(story, phrase, (start) => found.push(start))
  return found
}

/** findPhrase without building the list: scoring visits thousands of phrases per story. */
export function eachPhraseStart(
  story: IndexedStory,
  phrase: readonly number[],
  visit: (start: number) => void,
): void {
  const first = phrase[0]
  if (first === undefined) return
  const starts = story.positions.get(first)
  if (!starts) return
  for (let i = 1; i < phrase.length; i++) if (!story.positions.has(phrase[i] as number)) return
  let consumedUntil = -1
  for (const start of starts) {
    if (start <= consumedUntil) continue
    let at: number | undefined = start
    for (let i = 1; i < phrase.length && at !== undefined; i++) {
      at = nextWithinGap(story.positions.get(phrase[i] as number) as number[], at)
    }
    if (at !== undefined) {
      visit(start)
      consumedUntil = at
    }
  }
}

/** The first position in the (ascending) list just after `at`, if it is at most MAX_GAP words later. */
function nextWithinGap(list: readonly number[], at: number): number | undefined {
  for (const p of list) if (p > at) return p <= at + 1 + MAX_GAP ? p : undefined
  return undefined
}
