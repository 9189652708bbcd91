import { buildCoverage, competencyRows, strengthsByStory } from '../competencies/coverage'
import { competencyName, defaultFramework, type Framework } from '../competencies/framework'
import { suggestCompetencies } from '../competencies/suggest'
import { availableLenses, lensItemsShown } from '../lenses/lens-view'
import { assessScope, type ScopeAssessment } from '../scope/assess'
import type { TargetLevel } from '../story/levels'
import type { StoryFields } from '../story/schema'
import { assessStrength } from './assess'

type IdentifiedStory = StoryFields & { id: string }

/** Everything `story-vault check` says about one story. */
export interface StoryCheck {
  id: string
  title: string
  competencies: {
    assigned: string[]
    suggested: Array<{ id: string; confidence: number }>
    effective: string[]
  }
  scope: Pick<
    ScopeAssessment,
    'reach' | 'people' | 'teams' | 'durationWeeks' | 'fromText' | 'smallForLevel' | 'reasons' | 'fixes'
  >
  checklist: Record<string, { present: string[]; missing: string[] }>
  hasMetric: boolean
  speakingMinutes: number
  /** The company framework items the effective competencies speak to, per lens id. */
  lenses: Record<string, string[]>
  warnings: string[]
}

export interface CoverageSummary {
  level: TargetLevel
  stories: number
  smallForLevel: number
  competencies: Record<string, { strongStories: number; best: { id: string; title: string } | null }>
  gaps: Array<{ id: string; message: string }>
  overused: Array<{ id: string; title: string; competencies: string[]; message: string }>
}

export function checkStory(
  story: IdentifiedStory,
  level: TargetLevel,
  framework: Framework = defaultFramework,
): StoryCheck {
  const strength = assessStrength(story, framework)
  const scope = assessScope(story, level)
  const checklist: StoryCheck['checklist'] = {}
  for (const [id, coverage] of Object.entries(strength.checklist)) {
    checklist[id] = { present: coverage.present.map((i) => i.id), missing: coverage.missing.map((i) => i.id) }
  }
  const warnings = [
    ...(scope.smallForLevel ? [scope.reasons[0] ?? 'Scope looks small for the level.'] : []),
    ...strength.fixes.filter((f) => f.kind !== 'checklist').map((f) => f.message),
  ]
  return {
    id: story.id,
    title: story.title,
    competencies: {
      assigned: story.competencies,
      suggested: suggestCompetencies(story, framework).map(({ id, confidence }) => ({ id, confidence })),
      effective: strength.competencies,
    },
    scope: {
      reach: scope.reach,
      people: scope.people,
      teams: scope.teams,
      durationWeeks: scope.durationWeeks,
      fromText: scope.fromText,
      smallForLevel: scope.smallForLevel,
      reasons: scope.reasons,
      fixes: scope.fixes,
    },
    checklist,
    hasMetric: strength.hasMetric,
    speakingMinutes: strength.speakingMinutes,
    lenses: Object.fromEntries(
      availableLenses()
        .filter((lens) => lens.id !== 'core')
        .map((lens) => [
          lens.id,
          lensItemsShown(lens, strength.competencies, story).map(({ item }) => item.name),
        ]),
    ),
    warnings,
  }
}

export function coverageSummary(
  stories: readonly IdentifiedStory[],
  checks: readonly StoryCheck[],
  level: TargetLevel,
  framework: Framework = defaultFramework,
): CoverageSummary {
  const coverage = buildCoverage(stories, competencyRows(framework), strengthsByStory(stories, framework))
  const competencies: CoverageSummary['competencies'] = {}
  for (const row of coverage.rows) {
    const lead = row.cells[0]
    competencies[row.id] = {
      strongStories: row.strongCount,
      best: lead && row.strongCount > 0 ? { id: lead.storyId, title: lead.title } : null,
    }
  }
  return {
    level,
    stories: stories.length,
    smallForLevel: checks.filter((c) => c.scope.smallForLevel).length,
    competencies,
    gaps: coverage.gaps.map((g) => ({
      id: g.id,
      message: `No strong story for ${competencyName(g.id, framework).toLowerCase()}`,
    })),
    overused: coverage.overused.map((o) => ({
      id: o.storyId,
      title: o.title,
      competencies: o.rows,
      message: `"${o.title}" carries ${o.rows.length} competencies${o.alone.length ? ` (${o.alone.length} alone)` : ''}; find other stories for some of them.`,
    })),
  }
}
