import { useId } from 'react'
import { describeCountdown, formatRoundTime, isPast } from '../../../../shared/loops/countdown'
import type { PlanSlot, RoundPlan } from '../../../../shared/loops/plan'
import type { Round } from '../../../../shared/loops/schema'
import type { LoopWarning } from '../../../../shared/loops/warnings'
import type { Story } from '../../../../shared/story/schema'
import { KIND_LABELS } from './WarningList'

const SOURCE_LABELS = { chosen: 'your pick', linked: 'linked', suggested: 'suggested' } as const

interface RoundCardProps {
  plan: RoundPlan
  round: Round
  stories: readonly Story[]
  now: Date
  /** The loop's warnings about this round; each shows by the area it concerns, with its fix. */
  warnings: readonly LoopWarning[]
  onFix(warning: LoopWarning): void
  onPick(competency: string, storyId: string | null): void
  onSheet(): void
  onPractice(): void
  onLog(): void
}

function concerns(warning: LoopWarning, slot: PlanSlot): boolean {
  if (warning.fix.kind === 'new-story') return !slot.story && warning.fix.competency === slot.competency
  return warning.storyId !== null && warning.storyId === slot.story?.id
}

function SlotRow({
  slot,
  stories,
  warnings,
  onPick,
  onFix,
}: {
  slot: PlanSlot
  stories: readonly Story[]
  warnings: readonly LoopWarning[]
  onPick(id: string | null): void
  onFix(warning: LoopWarning): void
}) {
  const id = useId()
  const story = slot.story
  const candidateIds = new Set(slot.candidates.map((c) => c.id))
  const others = stories.filter((s) => !candidateIds.has(s.id))
  return (
    <li className="loop-slot" data-competency={slot.competency}>
      <div className="loop-slot-head">
        <span className="loop-slot-names">{slot.names.join(' · ')}</span>
        {slot.names.join() !== slot.competencyName && (
          <span className="loops-muted">{slot.competencyName}</span>
        )}
      </div>
      <div className="loop-slot-story">
        <label htmlFor={id} className="visually-hidden">
          Story for {slot.names.join(', ')}
        </label>
        <select
          id={id}
          value={story?.source === 'chosen' ? story.id : ''}
          onChange={(e) => onPick(e.target.value || null)}
        >
          <option value="">
            {story && story.source !== 'chosen' ? `Automatic: ${story.title}` : 'Automatic (best suggestion)'}
          </option>
          {story?.deleted && <option value={story.id}>story deleted: {story.title}</option>}
          {slot.candidates.length > 0 && (
            <optgroup label="Shows this">
              {slot.candidates.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </optgroup>
          )}
          {others.length > 0 && (
            <optgroup label="Other stories">
              {others.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </optgroup>
          )}
        </select>
        {story && (
          <span className={story.deleted ? 'loop-badge loop-badge-warn' : 'loop-badge'}>
            {story.deleted ? 'deleted' : SOURCE_LABELS[story.source]}
          </span>
        )}
      </div>
      {story?.deleted ? (
        <p className="loop-slot-deleted">
          story deleted: {story.title}. Undo the delete to bring it back, or pick another.
        </p>
      ) : story ? (
        <p className="loop-slot-why">
          <span className="loop-slot-title">{story.title}</span>
          {story.reasons.length > 0 && ` — ${story.reasons.slice(0, 2).join(' ')}`}
        </p>
      ) : (
        <p className="loop-slot-deleted">No story shows this yet.</p>
      )}
      {warnings
        .filter((w) => concerns(w, slot))
        .map((w) => (
          <p key={`${w.kind}-${w.fixLabel}`} className="loop-slot-warning">
            <span>
              <b>{KIND_LABELS[w.kind]}:</b> {w.message}
            </span>
            <button type="button" className="link-button" onClick={() => onFix(w)}>
              Fix
            </button>
          </p>
        ))}
      {slot.questions.length > 0 && (
        <ul className="loop-questions" aria-label={`Likely questions on ${slot.names.join(', ')}`}>
          {slot.questions.map((q) => (
            <li key={q.text}>
              {q.text}
              {q.source === 'own' && <span className="loop-badge">yours</span>}
            </li>
          ))}
        </ul>
      )}
    </li>
  )
}

/** One round: when, what it probes, the story planned for each area, and what to do on the day. */
export function RoundCard({
  plan,
  round,
  stories,
  now,
  warnings,
  onFix,
  onPick,
  onSheet,
  onPractice,
  onLog,
}: RoundCardProps) {
  const headingId = useId()
  const countdown = describeCountdown(round.at, now)
  return (
    <section className="loop-round" aria-labelledby={headingId} data-testid={`round-${plan.number}`}>
      <header className="loop-round-head">
        <h3 id={headingId}>
          Round {plan.number}: {round.name}
        </h3>
        <span className={isPast(round.at, now) ? 'loops-muted' : 'loop-when'}>
          {formatRoundTime(round.at)}
          {countdown && ` · ${countdown}`}
        </span>
      </header>
      {round.focus && <p className="loop-round-focus">Focus: {round.focus}</p>}
      {round.notes && <p className="loop-round-notes">{round.notes}</p>}
      {plan.slots.length === 0 ? (
        <p className="loops-muted">No focus yet: edit the loop and tick what this interviewer looks for.</p>
      ) : (
        <ul className="loop-slots">
          {plan.slots.map((slot) => (
            <SlotRow
              key={slot.competency}
              slot={slot}
              stories={stories}
              warnings={warnings}
              onFix={onFix}
              onPick={(id) => onPick(slot.competency, id)}
            />
          ))}
        </ul>
      )}
      {round.log && (
        <div className="loop-log">
          <h4>Logged {round.log.at.slice(0, 10)}</h4>
          <ul>
            {round.log.entries.map((entry, i) => (
              <li key={i}>
                “{entry.question}” —{' '}
                {entry.storyId && !stories.some((s) => s.id === entry.storyId)
                  ? `story deleted: ${entry.storyTitle}`
                  : entry.storyTitle || 'no story'}{' '}
                ({entry.rating}){entry.note && `: ${entry.note}`}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="loop-round-actions">
        <button type="button" onClick={onSheet} disabled={plan.slots.length === 0}>
          Cheat sheet
        </button>
        <button type="button" onClick={onPractice} disabled={plan.slots.length === 0}>
          Practice list
        </button>
        <button type="button" onClick={onLog}>
          {round.log ? 'Edit the log' : 'Log this round'}
        </button>
      </div>
    </section>
  )
}
