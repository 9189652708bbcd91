import type { StoryFields } from '../story/schema'
import { isContentTerm, matchTerms, type Vocabulary } from './terms'

export type TextField =
  'title' | 'tags' | 'situation' | 'task' | 'action' | 'result' | 'learnings' | 'metrics'

/** How much a cue found in each field counts: what the person did and chose to tag weighs most. */
export const FIELD_WEIGHTS: Record<TextField, number> = {
  title: 1.3,
  tags: 1.6,
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
  positions: Map<string, number[]>
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

const NEGATORS = new Set(matchTerms('no not never nothing zero none'))

/** How many words before a cue a negating word still cancels it ("nothing [really] broke"). */
const NEGATION_REACH = 2

export function indexStory(story: Partial<StoryFields>, vocabulary: Vocabulary): IndexedStory {
  const pieces = fieldPieces(story)
  const positions = new Map<string, number[]>()
  const negators = new Set<number>()
  const spans: FieldSpan[] = []
  let termCount = 0
  let offset = 0
  for (const field of Object.keys(FIELD_WEIGHTS) as TextField[]) {
    const start = offset
    for (const piece of pieces[field]) {
      const terms = matchTerms(piece)
      terms.forEach((raw, i) => {
        if (NEGATORS.has(raw)) negators.add(offset + i)
        const term = vocabulary.resolve(raw)
        const list = positions.get(term)
        if (list) list.push(offset + i)
        else positions.set(term, [offset + i])
      })
      if (field !== 'tags') termCount += terms.filter(isContentTerm).length
      offset += terms.length + MAX_GAP + 2
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
  return story.spans.find((s) => position >= s.start && position < s.end)
}

/** Start positions of a phrase (canonical terms, in order, small gaps allowed), without overlaps. */
export function findPhrase(story: IndexedStory, phrase: readonly string[]): number[] {
  const first = phrase[0]
  if (first === undefined) return []
  const starts = story.positions.get(first)
  if (!starts) return []
  if (phrase.length === 1) return starts
  const rest = phrase.slice(1).map((t) => story.positions.get(t))
  if (rest.some((list) => !list)) return []
  const found: number[] = []
  let consumedUntil = -1
  for (const start of starts) {
    if (start <= consumedUntil) continue
    let at = start
    let matched = true
    for (const list of rest as number[][]) {
      const next = list.find((p) => p > at && p <= at + 1 + MAX_GAP)
      if (next === undefined) {
        matched = false
        break
      }
      at = next
    }
    if (matched) {
      found.push(start)
      consumedUntil = at
    }
  }
  return found
}
