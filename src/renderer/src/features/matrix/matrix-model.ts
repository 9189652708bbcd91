import {
  buildCoverage,
  strengthsByStory,
  type CompetencyStrength,
  type Coverage,
  type CoverageRowSpec,
} from '../../../../shared/competencies/coverage'
import { CONFIDENT } from '../../../../shared/competencies/suggest'
import type { Lens } from '../../../../shared/lenses/lens-view'
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

/** Scores every story once (cached per story), then views them through a lens's columns. */
export function buildMatrix(
  stories: readonly Story[],
  lens: Lens,
  strengths: Map<string, Map<string, CompetencyStrength>> = strengthsByStory(stories),
): MatrixModel {
  const columns = lensColumns(lens)
  const specs: CoverageRowSpec[] = columns
  const coverage = buildCoverage(stories, specs, strengths)
  const cells = new Map<string, Map<string, CompetencyStrength>>()
  for (const row of coverage.rows) {
    cells.set(row.id, new Map(row.cells.map((c) => [c.storyId, { value: c.value, source: c.source }])))
  }
  return {
    columns,
    coverage,
    covered: coverage.rows.filter((r) => r.strongCount > 0).length,
    cell: (storyId, columnId) => cells.get(columnId)?.get(storyId) ?? null,
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
