import { useEffect, useRef } from 'react'
import { competencyById } from '../../../../shared/content/competencies'
import type { SessionSummary as Summary } from '../../../../shared/contract/practice'
import { PRACTICE_RATINGS } from '../../../../shared/practice/schema'
import { formatClock, spokenDuration } from './answer-timer'
import { RATING_LABELS } from './session-keys'

interface SessionSummaryProps {
  summary: Summary
  onAgain(): void
  onOpenStory(id: string): void
}

/** The end of a session: time per answer against the target, ratings, repeats, weak spots. */
export function SessionSummary({ summary, onAgain, onOpenStory }: SessionSummaryProps) {
  // The card that had focus is gone: start here, scrolled to the top, not where the last card was read.
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  const target = summary.targetSeconds
  const longest = Math.max(target * 1.5, ...summary.perAnswer.map((a) => a.seconds))
  return (
    <section className="practice-summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading" ref={heading} tabIndex={-1}>
        Session done: {summary.answers} {summary.answers === 1 ? 'answer' : 'answers'}
      </h2>
      <p className="practice-summary-line">
        Average {formatClock(summary.averageSeconds * 1000)} against a target of {formatClock(target * 1000)}
        {summary.overTarget > 0 ? ` · ${summary.overTarget} over time` : ' · all within the target'}
      </p>
      <ul className="practice-rating-tally" aria-label="Ratings">
        {PRACTICE_RATINGS.map((rating) => (
          <li key={rating} className={`rating-${rating}`}>
            <strong>{summary.ratings[rating]}</strong> {RATING_LABELS[rating]}
          </li>
        ))}
      </ul>

      <h3>Time per answer</h3>
      <table className="practice-times">
        <thead>
          <tr>
            <th scope="col">Question</th>
            <th scope="col">Story</th>
            <th scope="col">Time</th>
            <th scope="col">Rating</th>
          </tr>
        </thead>
        <tbody>
          {summary.perAnswer.map((answer, index) => (
            <tr key={index} className={answer.overTarget ? 'is-over' : undefined}>
              <td>{answer.question}</td>
              <td>{answer.story.title}</td>
              <td>
                <span className="practice-time-bar" aria-hidden="true">
                  <span
                    className="practice-time-fill"
                    style={{ width: `${Math.min(100, (answer.seconds / longest) * 100)}%` }}
                  />
                  <span className="practice-time-target" style={{ left: `${(target / longest) * 100}%` }} />
                </span>
                <span title={spokenDuration(answer.seconds * 1000)}>
                  {formatClock(answer.seconds * 1000)}
                  {answer.overTarget ? ' (over)' : ''}
                </span>
              </td>
              <td>{RATING_LABELS[answer.rating]}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <div className="practice-summary-notes">
        <section aria-labelledby="repeated-heading">
          <h3 id="repeated-heading">Stories told more than once</h3>
          {summary.repeatedStories.length === 0 ? (
            <p className="practice-muted">None: every answer used its own story.</p>
          ) : (
            <ul>
              {summary.repeatedStories.map((story) => (
                <li key={story.id}>
                  <strong>{story.title}</strong> — told for {story.times} questions. Interviewers notice; find
                  another story for one of them.{' '}
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Open ${story.title}`}
                    onClick={() => onOpenStory(story.id)}
                  >
                    Open
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="weak-heading">
          <h3 id="weak-heading">Competencies that went badly</h3>
          {summary.weakCompetencies.length === 0 ? (
            <p className="practice-muted">None this time.</p>
          ) : (
            <ul>
              {summary.weakCompetencies.map((weak) => (
                <li key={weak.id}>
                  <strong>{competencyById(weak.id)?.name ?? weak.id}</strong> — {weakText(weak)}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <div className="practice-actions">
        <button type="button" className="primary" onClick={onAgain}>
          Practise again
        </button>
      </div>
    </section>
  )
}

/** "1 of 1 answer rated Again", "2 of 3 answers rated Again or Hard". */
function weakText({ again, hard, total }: { again: number; hard: number; total: number }): string {
  const which = again && hard ? 'Again or Hard' : again ? 'Again' : 'Hard'
  return `${again + hard} of ${total} ${total === 1 ? 'answer' : 'answers'} rated ${which}`
}
