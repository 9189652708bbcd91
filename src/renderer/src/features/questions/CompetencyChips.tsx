import { competencies, competencyById } from '../../../../shared/content/competencies'

interface CompetencyChipsProps {
  selected: readonly string[]
  onChange(next: string[]): void
  /** Names the controls for screen readers, e.g. the question's first words. */
  label: string
  disabled?: boolean
}

/** Editable competencies: a chip per competency with a remove button, and a list to add one. */
export function CompetencyChips({ selected, onChange, label, disabled }: CompetencyChipsProps) {
  const rest = competencies.filter((c) => !selected.includes(c.id))
  return (
    <div className="competency-chips" role="group" aria-label={`Competencies of ${label}`}>
      {selected.map((id) => {
        const name = competencyById(id)?.name ?? id
        return (
          <span key={id} className="competency-chip">
            {name}
            <button
              type="button"
              className="competency-chip-remove"
              aria-label={`Remove ${name}`}
              disabled={disabled}
              onClick={() => onChange(selected.filter((x) => x !== id))}
            >
              ×
            </button>
          </span>
        )
      })}
      {rest.length > 0 && (
        <select
          className="competency-chip-add"
          aria-label={`Add a competency to ${label}`}
          value=""
          disabled={disabled}
          onChange={(event) => {
            if (event.target.value) onChange([...selected, event.target.value])
          }}
        >
          <option value="">+ competency</option>
          {rest.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      )}
    </div>
  )
}
