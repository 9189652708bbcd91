import { distinctQuotes, quotablePieces, quotePhrase, type QuotablePiece } from '../competencies/quote'
import { lenses, type Lens, type LensItem } from '../content/lenses'
import type { StoryFields } from '../story/schema'

export type { Lens, LensItem }

/** The lens ids the app offers, the app's own first. Lenses missing from content are skipped. */
export const LENS_ORDER = ['core', 'amazon', 'meta', 'google'] as const

/** The app's own lens: its items are the competencies themselves, so they need no words of their own. */
export const CORE_LENS = 'core'

export function availableLenses(all: readonly Lens[] = lenses): Lens[] {
  const ordered = LENS_ORDER.map((id) => all.find((l) => l.id === id)).filter((l): l is Lens => !!l)
  return [...ordered, ...all.filter((l) => !ordered.includes(l))]
}

export function findLens(id: string, all: readonly Lens[] = lenses): Lens {
  const lens = all.find((l) => l.id === id) ?? availableLenses(all)[0]
  if (!lens) throw new Error('content/lenses.json has no lenses')
  return lens
}

/** How strongly a story shows a lens item: the best of the story's strengths on the item's competencies. */
export function itemStrength(item: LensItem, strengths: ReadonlyMap<string, number>): number {
  let best = 0
  for (const id of item.competencies) best = Math.max(best, strengths.get(id) ?? 0)
  return best
}

/** Quotes per item shown to a person: one or two make the point. */
const MAX_QUOTES = 2

const quoteCache = new WeakMap<object, WeakMap<LensItem, string[]>>()
const piecesCache = new WeakMap<object, QuotablePiece[]>()

/** A story's words, read once however many lenses look at it. Tags are labels, not the story's telling. */
function piecesOf(story: Partial<StoryFields>): QuotablePiece[] {
  let pieces = piecesCache.get(story)
  if (!pieces) {
    pieces = quotablePieces({ ...story, tags: [] })
    piecesCache.set(story, pieces)
  }
  return pieces
}

/**
 * The story's own words for each item of a company lens (item id → quotes, items without any left out).
 * The core lens is the competencies themselves: every item passes, with no quotes of its own.
 */
export function lensItemQuotes(lens: Lens, story: Partial<StoryFields>): Map<string, string[]> {
  let byLens = quoteCache.get(story)
  if (!byLens) {
    byLens = new WeakMap()
    quoteCache.set(story, byLens)
  }
  const out = new Map<string, string[]>()
  for (const item of lens.items) {
    let quotes = byLens.get(item)
    if (!quotes) {
      if (lens.id === CORE_LENS) quotes = []
      else {
        const found = piecesOf(story)
        quotes = distinctQuotes(item.cues.map((cue) => quotePhrase(found, cue))).slice(0, MAX_QUOTES)
      }
      byLens.set(item, quotes)
    }
    if (lens.id === CORE_LENS || quotes.length > 0) out.set(item.id, quotes)
  }
  return out
}

export interface LensItemShown {
  item: LensItem
  /** The story's own words behind it (empty for the core lens, whose items are the competencies). */
  quotes: string[]
}

/**
 * The lens items a story demonstrates, in the lens's own order: one of the item's competencies is among
 * the story's, and — for a company lens — the story says something the item is about in its own words.
 */
export function lensItemsShown(
  lens: Lens,
  competencies: readonly string[],
  story: Partial<StoryFields>,
): LensItemShown[] {
  const set = new Set(competencies)
  const quotes = lensItemQuotes(lens, story)
  return lens.items
    .filter((item) => item.competencies.some((id) => set.has(id)) && quotes.has(item.id))
    .map((item) => ({ item, quotes: quotes.get(item.id) ?? [] }))
}
