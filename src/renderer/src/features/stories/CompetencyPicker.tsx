import { COMPETENCIES } from './competency-names'

interface CompetencyPickerProps {
  selected: string[]
  onChange(selected: string[]): void
  readOnly: boolean
}

/** One toggle chip per competency in the framework. */
export function CompetencyPicker({ selected, onChange, readOnly }: CompetencyPickerProps) {
  const toggle = (id: string) =>
    onChange(selected.includes(id) ? selected.filter((c) => c !== id) : [...selected, id])
  return (
    <fieldset className="field competency-picker">
      <legend>Competencies this story shows</legend>
      <div className="chip-list">
        {COMPETENCIES.map(({ id, name }) => (
          <button
            key={id}
            type="button"
            className="chip chip-toggle"
            aria-pressed={selected.includes(id)}
            disabled={readOnly}
            onClick={() => toggle(id)}
          >
            {name}
          </button>
        ))}
      </div>
    </fieldset>
  )
}
