import framework from '../../../../../content/competencies.json'

export const COMPETENCIES: ReadonlyArray<{ id: string; name: string }> = framework.competencies.map(
  ({ id, name }) => ({ id, name }),
)

const names = new Map(COMPETENCIES.map((c) => [c.id, c.name]))

export function competencyName(id: string): string {
  return names.get(id) ?? id
}
