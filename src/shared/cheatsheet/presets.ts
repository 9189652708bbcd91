import { coreCompetencies, lensById, lenses, type Lens } from '../content'

export interface CompetencyPreset {
  id: string
  label: string
  competencies: string[]
}

/** A lens item's first competency is what it is mainly about; later ones are side views. */
function primaryCompetencies(lens: Lens): string[] {
  return [...new Set(lens.items.map((item) => item.competencies[0]).filter((id) => id !== undefined))]
}

const CORE_FIVE: CompetencyPreset = {
  id: 'core',
  label: 'Core five',
  competencies: coreCompetencies.map((c) => c.id),
}

/** The starting sets the sheet editor offers: the core five, then one per company lens. */
export const COMPETENCY_PRESETS: readonly CompetencyPreset[] = [
  CORE_FIVE,
  ...lenses
    .filter((lens) => lens.id !== 'core')
    .map((lens) => ({ id: lens.id, label: lens.name, competencies: primaryCompetencies(lens) })),
]

export function presetById(id: string): CompetencyPreset | undefined {
  return COMPETENCY_PRESETS.find((preset) => preset.id === id)
}

/** "Amazon: Ownership, Deliver Results" — the company's names for what a competency shows. */
export function lensNamesFor(lensId: string | null | undefined, competencyId: string): string[] {
  const lens = lensId ? lensById(lensId) : undefined
  if (!lens || lens.id === 'core') return []
  return lens.items.filter((item) => item.competencies[0] === competencyId).map((item) => item.name)
}
