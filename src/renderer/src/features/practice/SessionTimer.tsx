import { formatClock, pacingAt, pacingMarks, spokenDuration, type Pacing } from './answer-timer'

interface SessionTimerProps {
  elapsed: number
  targetMs: number
  running: boolean
  onToggle(): void
}

/** The clock, the target, where the answer should be in STAR terms, and a quiet over-time cue. */
export function SessionTimer({ elapsed, targetMs, running, onToggle }: SessionTimerProps) {
  const pacing = pacingAt(elapsed, targetMs)
  const started = elapsed > 0 || running
  return (
    <section className={`answer-timer${pacing.overTime ? ' is-over' : ''}`} aria-label="Answer timer">
      <div className="answer-timer-row">
        <span className="answer-timer-clock" aria-hidden="true">
          {formatClock(elapsed)}
        </span>
        <span className="answer-timer-target">of {formatClock(targetMs)}</span>
        <button type="button" className="answer-timer-toggle" onClick={onToggle}>
          {running ? 'Stop' : started ? 'Resume' : 'Start'} <kbd>Space</kbd>
        </button>
        <span className="answer-timer-phase" aria-hidden="true">
          {phaseText(started, running, pacing)}
        </span>
      </div>
      <div
        className="answer-timer-bar"
        role="progressbar"
        aria-label="Time used of the target"
        aria-valuemin={0}
        aria-valuemax={Math.round(targetMs / 1000)}
        aria-valuenow={Math.min(Math.round(elapsed / 1000), Math.round(targetMs / 1000))}
        aria-valuetext={`${spokenDuration(elapsed)} of ${spokenDuration(targetMs)}${pacing.overTime ? ', over time' : ''}`}
      >
        <div className="answer-timer-fill" style={{ width: `${pacing.progress * 100}%` }} />
        {pacingMarks()
          .slice(1)
          .map((mark) => (
            <div key={mark.phase} className="answer-timer-mark" style={{ left: `${mark.at * 100}%` }} />
          ))}
      </div>
      <ol className="answer-timer-legend" aria-label="STAR pacing">
        {pacingMarks().map((mark, index, all) => {
          const end = all[index + 1]?.at ?? 1
          const current = started && !pacing.overTime && pacing.phase === mark.phase
          return (
            <li
              key={mark.phase}
              style={{ width: `${(end - mark.at) * 100}%` }}
              aria-current={current ? 'step' : undefined}
            >
              {mark.label} <span className="answer-timer-until">to {formatClock(end * targetMs)}</span>
            </li>
          )
        })}
      </ol>
      {/* One quiet announcement when the answer runs past the target, not a ticking clock. */}
      <p className="visually-hidden" role="status">
        {pacing.overTime ? 'Over the target time.' : ''}
      </p>
    </section>
  )
}

/** Where the answer is; once stopped, where it stopped (not "Now: …", which read as still running). */
function phaseText(started: boolean, running: boolean, pacing: Pacing): string {
  if (!started) return 'Start when you begin to speak'
  const over = formatClock(pacing.overByMs)
  if (running) return pacing.overTime ? `Over by ${over} — wrap up` : `Now: ${pacing.label}`
  return pacing.overTime ? `Stopped ${over} over the target` : `Stopped in ${pacing.label}`
}
