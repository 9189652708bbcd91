/** How far a story's effect reached, smallest first. The order is what scope checks compare. */
export const REACH_LEVELS = ['individual', 'team', 'multi-team', 'org', 'company', 'industry'] as const
export type Reach = (typeof REACH_LEVELS)[number]

/** The roles a person can target; the scope rubric in content/ has one entry per level. */
export const TARGET_LEVELS = ['senior', 'staff', 'principal', 'manager', 'director'] as const
export type TargetLevel = (typeof TARGET_LEVELS)[number]

/** What each level is called wherever a person picks or reads one (header, search, cheat sheets). */
export const LEVEL_LABELS: Readonly<Record<TargetLevel, string>> = {
  senior: 'Senior engineer',
  staff: 'Staff engineer',
  principal: 'Principal engineer',
  manager: 'Engineering manager',
  director: 'Director',
}

export function reachRank(reach: Reach): number {
  return REACH_LEVELS.indexOf(reach)
}
