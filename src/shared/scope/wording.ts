import type { LevelRubric } from '../content/scope-rubric'
import type { Reach, TargetLevel } from '../story/levels'

export const REACH_WORDS: Record<Reach, string> = {
  individual: 'your own work',
  team: 'one team',
  'multi-team': 'several teams',
  org: 'an organisation',
  company: 'the whole company',
  industry: 'beyond the company',
}

export const LEVEL_WORDS: Record<TargetLevel, string> = {
  senior: 'Senior',
  staff: 'Staff',
  principal: 'Principal',
  manager: 'Manager',
  director: 'Director',
}

/** What the level's stories usually reach, in words: "span two or more teams". */
export function expectedReach(rubric: LevelRubric): string {
  switch (rubric.reach) {
    case 'individual':
      return 'show your own work end to end'
    case 'team':
      return `move a whole team of ${rubric.people} or more people`
    case 'multi-team':
      return `span ${rubric.teams > 2 ? rubric.teams : 'two'} or more teams`
    case 'org':
      return `move an organisation: ${rubric.people}+ people across ${rubric.teams}+ teams`
    case 'company':
      return 'change how the whole company works'
    case 'industry':
      return 'reach beyond the company'
  }
}

export function formatWeeks(weeks: number): string {
  if (weeks < 0.5) return 'a few days'
  if (weeks < 1.5) return 'about a week'
  if (weeks < 8) return `about ${Math.round(weeks)} weeks`
  if (weeks < 78) return `about ${Math.round(weeks / (52 / 12))} months`
  return `about ${Math.round((weeks / 52) * 10) / 10} years`
}

export function formatAmount(value: number): string {
  if (value >= 1_000_000_000) return `${Math.round(value / 100_000_000) / 10}B`
  if (value >= 1_000_000) return `${Math.round(value / 100_000) / 10}M`
  if (value >= 1_000) return `${Math.round(value / 100) / 10}k`
  return String(value)
}
