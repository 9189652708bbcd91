import { useId, useState, type FormEvent } from 'react'
import { availableLenses } from '../../../../shared/lenses/lens-view'
import { sameCompany } from '../../../../shared/loops/company'
import { loopLens } from '../../../../shared/loops/focus'
import { MAX_ROUNDS, type Loop } from '../../../../shared/loops/schema'
import { TARGET_LEVELS, type TargetLevel } from '../../../../shared/story/levels'
import { LEVEL_WORDS } from '../../../../shared/scope/wording'
import { newRound, roundTimeFromInput, type LoopFormValue, type RoundDraft } from './loop-draft'

interface LoopFormProps {
  initial: LoopFormValue
  otherLoops: readonly Loop[]
  busy: boolean
  onSave(form: LoopFormValue): void
  onCancel(): void
}

function RoundFields({
  round,
  index,
  count,
  lensId,
  onChange,
  onRemove,
  onMoveUp,
}: {
  round: RoundDraft
  index: number
  count: number
  lensId: string
  onChange(next: RoundDraft): void
  onRemove(): void
  onMoveUp(): void
}) {
  const id = useId()
  const lens = loopLens(lensId)
  const set = (patch: Partial<RoundDraft>) => onChange({ ...round, ...patch })
  const toggle = (principle: string) =>
    set({
      principles: round.principles.includes(principle)
        ? round.principles.filter((p) => p !== principle)
        : [...round.principles, principle],
    })
  const at = round.at && round.at.length === 10 ? `${round.at}T00:00` : (round.at ?? '')
  return (
    <fieldset className="loop-round-fields">
      <legend>Round {index + 1}</legend>
      <div className="loop-form-row">
        <label>
          Name
          <input
            value={round.name}
            required
            maxLength={200}
            onChange={(e) => set({ name: e.target.value })}
          />
        </label>
        <label>
          Date and time
          <input
            type="datetime-local"
            value={at}
            onChange={(e) => set({ at: roundTimeFromInput(e.target.value) })}
          />
        </label>
      </div>
      <label>
        Interviewer focus
        <input
          value={round.focus}
          maxLength={500}
          placeholder="e.g. Ownership, Dive Deep; a bar raiser"
          onChange={(e) => set({ focus: e.target.value })}
        />
      </label>
      <fieldset className="loop-principles">
        <legend>{lens.id === 'core' ? 'Competencies' : `${lens.name}`}</legend>
        {lens.items.map((item) => (
          <label key={item.id} className="loop-principle">
            <input
              type="checkbox"
              checked={round.principles.includes(item.id)}
              onChange={() => toggle(item.id)}
            />
            {item.name}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-notes`}>Notes</label>
      <textarea
        id={`${id}-notes`}
        rows={2}
        value={round.notes}
        onChange={(e) => set({ notes: e.target.value })}
      />
      <div className="loop-round-actions">
        <button type="button" onClick={onMoveUp} disabled={index === 0}>
          Move up
        </button>
        <button type="button" className="danger-button" onClick={onRemove} disabled={count === 1}>
          Remove round
        </button>
      </div>
    </fieldset>
  )
}

/** Creating or editing a loop: the company, role, level and lens, and its rounds. */
export function LoopForm({ initial, otherLoops, busy, onSave, onCancel }: LoopFormProps) {
  const [form, setForm] = useState<LoopFormValue>(initial)
  const headingId = useId()
  const set = (patch: Partial<LoopFormValue>) => setForm((current) => ({ ...current, ...patch }))
  const setRound = (index: number, next: RoundDraft) =>
    set({ rounds: form.rounds.map((round, i) => (i === index ? next : round)) })
  const sameCompanyLoops = otherLoops.filter(
    (loop) => loop.id !== form.id && loop.deletedAt === null && sameCompany(loop.company, form.company),
  )
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSave(form)
  }
  return (
    <form className="loop-form" onSubmit={submit} aria-labelledby={headingId}>
      <h2 id={headingId}>{form.id ? `Edit ${initial.company}` : 'New interview loop'}</h2>
      <div className="loop-form-row">
        <label>
          Company
          <input
            value={form.company}
            required
            maxLength={200}
            autoFocus
            onChange={(e) => set({ company: e.target.value })}
          />
        </label>
        <label>
          Role
          <input value={form.role} maxLength={200} onChange={(e) => set({ role: e.target.value })} />
        </label>
      </div>
      {sameCompanyLoops.length > 0 && (
        <p className="loops-note" role="note">
          Same company as{' '}
          {sameCompanyLoops.map((l) => `“${l.company}”${l.archived ? ' (archived)' : ''}`).join(', ')}:
          stories logged there are flagged in this plan.
        </p>
      )}
      <div className="loop-form-row">
        <label>
          Target level
          <select value={form.level} onChange={(e) => set({ level: e.target.value as TargetLevel })}>
            {TARGET_LEVELS.map((level) => (
              <option key={level} value={level}>
                {LEVEL_WORDS[level]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Framework lens
          <select value={form.lens} onChange={(e) => set({ lens: e.target.value })}>
            {availableLenses().map((lens) => (
              <option key={lens.id} value={lens.id}>
                {lens.id === 'core' ? 'Generic (Story Vault competencies)' : lens.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {form.rounds.map((round, index) => (
        <RoundFields
          key={round.id ?? `new-${index}`}
          round={round}
          index={index}
          count={form.rounds.length}
          lensId={form.lens}
          onChange={(next) => setRound(index, next)}
          onRemove={() => set({ rounds: form.rounds.filter((_, i) => i !== index) })}
          onMoveUp={() => {
            const rounds = form.rounds.slice()
            const [moved] = rounds.splice(index, 1)
            if (moved) rounds.splice(index - 1, 0, moved)
            set({ rounds })
          }}
        />
      ))}
      <div className="loop-form-actions">
        <button
          type="button"
          onClick={() => set({ rounds: [...form.rounds, newRound(form.rounds.length)] })}
          disabled={form.rounds.length >= MAX_ROUNDS}
        >
          Add round
        </button>
        <span className="loop-form-spacer" />
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save loop'}
        </button>
      </div>
    </form>
  )
}
