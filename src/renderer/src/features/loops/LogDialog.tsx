import { useId, useState } from 'react'
import { LOG_RATINGS, type LogRating, type Round } from '../../../../shared/loops/schema'
import type { RoundPlan } from '../../../../shared/loops/plan'
import type { Story } from '../../../../shared/story/schema'
import { Modal } from '../../components/Modal'

interface EntryForm {
  question: string
  storyId: string
  rating: LogRating
  note: string
}

const RATING_LABELS: Record<LogRating, string> = {
  rough: 'Rough',
  mixed: 'Mixed',
  good: 'Good',
  strong: 'Strong',
}

function initialEntries(round: Round, plan: RoundPlan): EntryForm[] {
  if (round.log?.entries.length) {
    return round.log.entries.map((e) => ({
      question: e.question,
      storyId: e.storyId ?? '',
      rating: e.rating,
      note: e.note,
    }))
  }
  const planned = plan.slots[0]?.story
  return [{ question: '', storyId: planned && !planned.deleted ? planned.id : '', rating: 'good', note: '' }]
}

/** After a round: what was asked, which story was told, how it went. */
export function LogDialog({
  round,
  plan,
  stories,
  busy,
  onSave,
  onClose,
}: {
  round: Round
  plan: RoundPlan
  stories: readonly Story[]
  busy: boolean
  onSave(entries: Array<{ question: string; storyId: string | null; rating: LogRating; note: string }>): void
  onClose(): void
}) {
  const headingId = useId()
  const [entries, setEntries] = useState<EntryForm[]>(() => initialEntries(round, plan))
  const set = (index: number, patch: Partial<EntryForm>) =>
    setEntries((current) => current.map((e, i) => (i === index ? { ...e, ...patch } : e)))
  const filled = entries.filter((e) => e.question.trim())
  return (
    <Modal className="loop-log-dialog" labelledBy={headingId} onClose={onClose} locked={busy}>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          onSave(filled.map((e) => ({ ...e, question: e.question.trim(), storyId: e.storyId || null })))
        }}
      >
        <div className="loop-dialog-head">
          <h2 id={headingId}>Log {round.name}</h2>
        </div>
        <p className="loops-muted">
          Each question joins your own questions, linked to the story you told; later loops with this company
          are warned about that story.
        </p>
        {entries.map((entry, index) => (
          <fieldset key={index} className="loop-log-entry">
            <legend>Question {index + 1}</legend>
            <label>
              What they asked (as you remember it)
              <textarea
                rows={2}
                maxLength={500}
                value={entry.question}
                onChange={(e) => set(index, { question: e.target.value })}
              />
            </label>
            <div className="loop-form-row">
              <label>
                Story you told
                <select value={entry.storyId} onChange={(e) => set(index, { storyId: e.target.value })}>
                  <option value="">None of my stories</option>
                  {stories.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.title}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                How it went
                <select
                  value={entry.rating}
                  onChange={(e) => set(index, { rating: e.target.value as LogRating })}
                >
                  {LOG_RATINGS.map((r) => (
                    <option key={r} value={r}>
                      {RATING_LABELS[r]}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <label>
              Note
              <input
                value={entry.note}
                maxLength={500}
                onChange={(e) => set(index, { note: e.target.value })}
              />
            </label>
          </fieldset>
        ))}
        <div className="loop-form-actions">
          <button
            type="button"
            onClick={() => setEntries((c) => [...c, { question: '', storyId: '', rating: 'good', note: '' }])}
          >
            Add a question
          </button>
          <span className="loop-form-spacer" />
          <button type="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy || filled.length === 0}>
            {busy ? 'Saving…' : 'Save the log'}
          </button>
        </div>
      </form>
    </Modal>
  )
}
