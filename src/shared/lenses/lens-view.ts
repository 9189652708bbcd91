import { lenses, type Lens, type LensItem } from '../content/lenses'

export type { Lens, LensItem }

/** The lens ids the app offers, the app's own first. Lenses missing from content are skipped. */
export const LENS_ORDER = ['core', 'amazon', 'meta', 'google'] as const

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

/** The lens items a set of competencies demonstrates, in the lens's own order ("ownership" → Ownership, Dive Deep…). */
export function lensItemsShown(lens: Lens, competencies: readonly string[]): LensItem[] {
  const set = new Set(competencies)
  return lens.items.filter((item) => item.competencies.some((id) => set.has(id)))
}
