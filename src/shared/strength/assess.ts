import { competencyName, defaultFramework, type Framework } from '../competencies/framework'
import { effectiveCompetencies, scoreCompetencies } from '../competencies/suggest'
import type { StoryFields } from '../story/schema'
import {
  hasMetric,
  LONG_MINUTES,
  speakingMinutes,
  spokenWords,
  THIN_MINUTES,
  voice,
  weDominates,
  type Voice,
} from './measures'
import { readsAs } from './wording'

export interface ChecklistItemState {
  id: string
  label: string
}

export interface ChecklistCoverage {
  present: ChecklistItemState[]
  missing: ChecklistItemState[]
}

export type FixKind = 'checklist' | 'metric' | 'voice' | 'length' | 'learnings'

export interface StrengthFix {
  kind: FixKind
  /** One sentence a person can act on. */
  message: string
}

export interface StoryStrength {
  competencies: string[]
  checklist: Record<string, ChecklistCoverage>
  hasMetric: boolean
  words: number
  speakingMinutes: number
  voice: Voice
  hasLearnings: boolean
  /** Concrete fixes, most valuable first. */
  fixes: StrengthFix[]
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

/** Per competency, how many missing checklist items to suggest: more would bury the list. */
const MISSING_PER_COMPETENCY = 2

export function assessStrength(story: StoryFields, framework: Framework = defaultFramework): StoryStrength {
  const competencies = effectiveCompetencies(story, framework)
  const scores = new Map(scoreCompetencies(story, framework).map((s) => [s.id, s.evidence]))
  const checklist: Record<string, ChecklistCoverage> = {}
  const fixes: StrengthFix[] = []

  const metric = hasMetric(story)
  if (!metric) {
    fixes.push({
      kind: 'metric',
      message: 'Add a measurable result: a number, a percentage, money, time saved or a before → after.',
    })
  }

  const v = voice(story)
  if (weDominates(v)) {
    fixes.push({
      kind: 'voice',
      message: `"We" outnumbers "I" ${v.we} to ${v.i}: say what you did yourself — interviewers score your part.`,
    })
  }

  for (const id of competencies) {
    const definition = framework.competencies.find((c) => c.id === id)
    if (!definition) continue
    const present = new Set(scores.get(id)?.checklistPresent ?? [])
    const coverage: ChecklistCoverage = { present: [], missing: [] }
    for (const item of definition.checklist) {
      const shown = readsAs(story, id, item.id, present.has(item.id))
      ;(shown ? coverage.present : coverage.missing).push({ id: item.id, label: item.label })
    }
    checklist[id] = coverage
    for (const item of coverage.missing.slice(0, MISSING_PER_COMPETENCY)) {
      fixes.push({
        kind: 'checklist',
        message: `${competencyName(id, framework)}, not shown yet: ${lowerFirst(item.label)}.`,
      })
    }
  }

  const words = spokenWords(story)
  const minutes = speakingMinutes(story)
  if (minutes > LONG_MINUTES) {
    fixes.push({
      kind: 'length',
      message: `About ${minutes} minutes spoken; aim for about two. Trim the situation and keep the action.`,
    })
  } else if (minutes < THIN_MINUTES) {
    fixes.push({
      kind: 'length',
      message: `About ${Math.round(minutes * 60)} seconds spoken: thin. Add what you did, step by step, and what came of it.`,
    })
  }

  const hasLearnings = (story.learnings ?? '').trim().length > 0
  if (!hasLearnings) {
    fixes.push({
      kind: 'learnings',
      message: 'Add what you learned and what you would do differently next time.',
    })
  }

  return {
    competencies,
    checklist,
    hasMetric: metric,
    words,
    speakingMinutes: minutes,
    voice: v,
    hasLearnings,
    fixes,
  }
}
