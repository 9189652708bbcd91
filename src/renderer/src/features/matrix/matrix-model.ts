import {
  buildCoverage,
  strengthsByStory,
  type CompetencyStrength,
  type Coverage,
  type OverusedStory,
  type CoverageRowSpec,
} from '../../../../shared/competencies/coverage'
import { CONFIDENT } from '../../../../shared/competencies/suggest'
import { lensItemQuotes, type Lens } from '../../../../shared/lenses/lens-view'
import type { Story } from '../../../../shared/story/schema'

export interface MatrixColumn {
  id: string
  name: string
  summary: string
  competencies: readonly string[]
}

export interface MatrixModel {
  columns: MatrixColumn[]
  /** cell(storyId, columnId): the story's best strength on that column's competencies. */
  cell(storyId: string, columnId: string): CompetencyStrength | null
  /** The story's own words behind a company item (none for the app's own competencies). */
  quotes(storyId: string, columnId: string): readonly string[]
  coverage: Coverage
  /** Columns with at least one strong story. */
  covered: number
}

export function lensColumns(lens: Lens): MatrixColumn[] {
  return lens.items.map((item) => ({
    id: item.id,
    name: item.name,
    summary: item.summary,
    competencies: item.competencies,
  }))
}

/**
 * Each story's strength per lens item: the best of its competencies, but only where the story's own
 * words speak to the item (a company principle is not shown by a broad competency alone).
 */
function itemStrengths(
  stories: readonly Story[],
  lens: Lens,
  strengths: Map<string, Map<string, CompetencyStrength>>,
): { byStory: Map<string, Map<string, CompetencyStrength>>; quotes: Map<string, Map<string, string[]>> } {
  const byStory = new Map<string, Map<string, CompetencyStrength>>()
  const quotes = new Map<string, Map<string, string[]>>()
  for (const story of stories) {
    const own = strengths.get(story.id) ?? new Map<string, CompetencyStrength>()
    const found = lensItemQuotes(lens, story)
    const items = new Map<string, CompetencyStrength>()
    for (const item of lens.items) {
      if (!found.has(item.id)) continue
      let best: CompetencyStrength | null = null
      for (const id of item.competencies) {
        const s = own.get(id)
        if (s && (!best || s.value > best.value)) best = s
      }
      if (best) items.set(item.id, best)
    }
    byStory.set(story.id, items)
    quotes.set(story.id, found)
  }
  return { byStory, quotes }
}

/** Scores every story once (cached per story), then views them through a lens's columns. */
export function buildMatrix(
  stories: readonly Story[],
  lens: Lens,
  strengths: Map<string, Map<string, CompetencyStrength>> = strengthsByStory(stories),
): MatrixModel {
  const columns = lensColumns(lens)
  const items = itemStrengths(stories, lens, strengths)
  const specs: CoverageRowSpec[] = columns.map((c) => ({ id: c.id, name: c.name, competencies: [c.id] }))
  const coverage = buildCoverage(stories, specs, items.byStory)
  const cells = new Map<string, Map<string, CompetencyStrength>>()
  for (const row of coverage.rows) {
    cells.set(row.id, new Map(row.cells.map((c) => [c.storyId, { value: c.value, source: c.source }])))
  }
  return {
    columns,
    coverage,
    covered: coverage.rows.filter((r) => r.strongCount > 0).length,
    cell: (storyId, columnId) => cells.get(columnId)?.get(storyId) ?? null,
    quotes: (storyId, columnId) => items.quotes.get(storyId)?.get(columnId) ?? [],
  }
}

export type CellLevel = 'assigned' | 'strong' | 'weak' | 'none'

/** How a cell looks: assigned, a confident suggestion, a weak hint, or nothing. */
export function cellLevel(strength: CompetencyStrength | null): CellLevel {
  if (!strength) return 'none'
  if (strength.source === 'assigned') return 'assigned'
  return strength.value >= CONFIDENT ? 'strong' : 'weak'
}

export function cellLabel(strength: CompetencyStrength | null): string {
  if (!strength) return 'not shown'
  if (strength.source === 'assigned') return 'assigned'
  return `suggested, ${Math.round(strength.value * 100)}%`
}

/** Names joined for a sentence: "A", "A and B", "A, B and C". */
function spoken(names: readonly string[]): string {
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

/**
 * The note under the matrix for a story that carries too much: how many competencies it is a strong
 * story for, and which of them have no other.
 */
export function overusedNote(o: OverusedStory, nameOf: (id: string) => string): string {
  const strong = `“${o.title}” is your strong story for ${o.rows.length} competencies`
  if (o.alone.length === 0) return `${strong} — find other stories for some of them.`
  const only = o.alone.length === 1 ? 'the only one for' : `the only one for ${o.alone.length} of them:`
  return `${strong}, and ${only} ${spoken(o.alone.map(nameOf))} — find other stories for those.`
}
