/** How far a story's effect reached, smallest first. The order is what scope checks compare. */
export const REACH_LEVELS = ['individual', 'team', 'multi-team', 'org', 'company', 'industry'] as const
export type Reach = (typeof REACH_LEVELS)[number]

/** The roles a person can target; the scope rubric in content/ has one entry per level. */
export const TARGET_LEVELS = ['senior', 'staff', 'principal', 'manager', 'director'] as const
export type TargetLevel = (typeof TARGET_LEVELS)[number]

export function reachRank(reach: Reach): number {
  return REACH_LEVELS.indexOf(reach)
}
