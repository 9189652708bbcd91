import type { StoryFields } from '../story/schema'
import { defaultFramework, type Framework } from './framework'
import { CONFIDENT, SHOWN, scoreCompetencies } from './suggest'

export type StrengthSource = 'assigned' | 'suggested'

export interface CompetencyStrength {
  /** 1 for an assigned competency, the suggestion's confidence otherwise. */
  value: number
  source: StrengthSource
}

type IdentifiedStory = StoryFields & { id: string }

/** How strongly a story shows each competency: assigned ones count fully, rejected ones not at all. */
export function storyStrengths(
  story: StoryFields,
  framework: Framework = defaultFramework,
): Map<string, CompetencyStrength> {
  const out = new Map<string, CompetencyStrength>()
  const rejected = new Set(story.rejectedCompetencies)
  for (const id of story.competencies) out.set(id, { value: 1, source: 'assigned' })
  for (const s of scoreCompetencies(story, framework)) {
    if (out.has(s.id) || rejected.has(s.id) || s.confidence < SHOWN) continue
    out.set(s.id, { value: s.confidence, source: 'suggested' })
  }
  return out
}

/** A row of the coverage matrix: a competency, or a company lens item seen through several competencies. */
export interface CoverageRowSpec {
  id: string
  name: string
  competencies: readonly string[]
}

export interface CoverageCell extends CompetencyStrength {
  storyId: string
  title: string
}

export interface CoverageRow {
  id: string
  name: string
  /** Stories that show this row at all, strongest first. */
  cells: CoverageCell[]
  /** How many stories show it strongly (assigned, or a confident suggestion). */
  strongCount: number
}

export interface OverusedStory {
  storyId: string
  title: string
  /** Rows this story shows strongly. */
  rows: string[]
  /** Rows where it is the only strong story: lose it and they become gaps. */
  alone: string[]
}

export interface Coverage {
  rows: CoverageRow[]
  /** Rows with no strong story. */
  gaps: CoverageRow[]
  overused: OverusedStory[]
}

/** The strengths of every story, computed once so a matrix can switch lenses without re-scoring. */
export function strengthsByStory<T extends IdentifiedStory>(
  stories: readonly T[],
  framework: Framework = defaultFramework,
): Map<string, Map<string, CompetencyStrength>> {
  return new Map(stories.map((s) => [s.id, storyStrengths(s, framework)]))
}

function bestFor(
  row: CoverageRowSpec,
  strengths: Map<string, CompetencyStrength>,
): CompetencyStrength | null {
  let best: CompetencyStrength | null = null
  for (const id of row.competencies) {
    const s = strengths.get(id)
    if (s && (!best || s.value > best.value)) best = s
  }
  return best
}

/**
 * A story carries too much when it is strong in this share of rows (a story about everything is
 * usually told thinly), or when it is the only strong story for this many rows.
 */
const OVERUSED_SHARE = 0.4
const OVERUSED_MIN_ROWS = 4
const OVERUSED_ALONE = 3

export function buildCoverage<T extends IdentifiedStory>(
  stories: readonly T[],
  rows: readonly CoverageRowSpec[],
  strengths: Map<string, Map<string, CompetencyStrength>> = strengthsByStory(stories),
): Coverage {
  const built: CoverageRow[] = rows.map((row) => {
    const cells: CoverageCell[] = []
    for (const story of stories) {
      const best = bestFor(row, strengths.get(story.id) ?? new Map())
      if (best) cells.push({ ...best, storyId: story.id, title: story.title })
    }
    cells.sort((a, b) => b.value - a.value || a.title.localeCompare(b.title))
    return {
      id: row.id,
      name: row.name,
      cells,
      strongCount: cells.filter((c) => c.value >= CONFIDENT).length,
    }
  })

  const strongRows = new Map<string, string[]>()
  const aloneRows = new Map<string, string[]>()
  for (const row of built) {
    const strong = row.cells.filter((c) => c.value >= CONFIDENT)
    for (const cell of strong) strongRows.set(cell.storyId, [...(strongRows.get(cell.storyId) ?? []), row.id])
    const only = strong.length === 1 ? strong[0] : undefined
    if (only) aloneRows.set(only.storyId, [...(aloneRows.get(only.storyId) ?? []), row.id])
  }
  const limit = Math.max(OVERUSED_MIN_ROWS, Math.ceil(rows.length * OVERUSED_SHARE))
  const titles = new Map(stories.map((s) => [s.id, s.title]))
  const overused = [...strongRows.entries()]
    .map(([storyId, ids]) => ({
      storyId,
      title: titles.get(storyId) ?? storyId,
      rows: ids,
      alone: aloneRows.get(storyId) ?? [],
    }))
    .filter((o) => o.rows.length >= limit || o.alone.length >= OVERUSED_ALONE)
    .sort((a, b) => b.alone.length - a.alone.length || b.rows.length - a.rows.length)

  return { rows: built, gaps: built.filter((r) => r.strongCount === 0), overused }
}

/** The app's own competencies as matrix rows. */
export function competencyRows(framework: Framework = defaultFramework): CoverageRowSpec[] {
  return framework.competencies.map((c) => ({ id: c.id, name: c.name, competencies: [c.id] }))
}
