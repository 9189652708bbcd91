import framework from '../../../content/competencies.json'

/** Competency ids are defined once, in content/competencies.json. */
export const COMPETENCY_IDS: readonly string[] = framework.competencies.map((c) => c.id)

const known = new Set(COMPETENCY_IDS)

export function isCompetencyId(id: string): boolean {
  return known.has(id)
}
