import { competencies, competencyById } from '../../../../shared/content/competencies'
import type { InferredCompetency } from '../../../../shared/search/competency-model'

export interface ProbesChooserProps {
  /** What the question seems to probe, most likely first. */
  inferred: readonly InferredCompetency[]
  /** The person's own choice, or null while the guess stands. */
  chosen: readonly string[] | null
  onChange(chosen: string[] | null): void
}

const nameOf = (id: string) => competencyById(id)?.name ?? id

/**
 * "This question probes …": the guess, which the person can correct. Removing or adding a competency
 * re-ranks with that choice (it weighs more than a guess); "Use the guess" goes back.
 */
export function ProbesChooser({ inferred, chosen, onChange }: ProbesChooserProps) {
  const current = chosen ?? inferred.map((c) => c.id)
  const confidence = new Map(inferred.map((c) => [c.id, c.confidence]))
  const others = competencies.filter((c) => !current.includes(c.id))
  return (
    <div className="search-palette-probes" role="group" aria-label="What the question probes">
      <span>{chosen ? 'You chose' : current.length ? 'This question probes' : 'No competency guessed'}</span>
      {current.map((id) => (
        <button
          key={id}
          type="button"
          className="search-chip search-chip-button"
          aria-label={`Remove ${nameOf(id)}`}
          title={
            chosen
              ? 'Your choice: stories showing it rank higher'
              : `${Math.round((confidence.get(id) ?? 0) * 100)}% confident — click to remove`
          }
          onClick={() => onChange(current.filter((other) => other !== id))}
        >
          {nameOf(id)} <span aria-hidden="true">×</span>
        </button>
      ))}
      <select
        className="search-palette-add"
        aria-label="Add a competency the question probes"
        value=""
        onChange={(event) => {
          if (event.target.value) onChange([...current, event.target.value])
        }}
      >
        <option value="">+ competency</option>
        {others.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      {chosen && (
        <button type="button" className="search-palette-reset" onClick={() => onChange(null)}>
          Use the guess
        </button>
      )}
    </div>
  )
}
