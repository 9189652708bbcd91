import { competencyById } from '../../../../shared/content/competencies'
import type { Story } from '../../../../shared/story/schema'
import { wordCount } from './word-count'

/** After answering: the story's 30-second version, its metrics, and what a strong answer shows. */
export function CardReveal({
  story,
  competencies,
}: {
  story: Story | null
  competencies: readonly string[]
}) {
  const primary = competencies[0] ? competencyById(competencies[0]) : undefined
  return (
    <section className="practice-reveal-panel" aria-label="Your story, to compare">
      <div>
        {story ? (
          <StorySide story={story} />
        ) : (
          <p className="practice-muted">No story chosen for this question.</p>
        )}
      </div>
      {primary && (
        <div>
          <h4>Did your answer show… ({primary.name})</h4>
          <ul className="practice-checklist">
            {primary.checklist.map((item) => (
              <li key={item.id}>{item.label}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}

function StorySide({ story }: { story: Story }) {
  const short = story.shortVersion.trim()
  return (
    <>
      <h3>{story.title}</h3>
      {short ? (
        <>
          <p className="practice-short-version">{short}</p>
          <p className="practice-muted practice-small">{wordCount(short)} words</p>
        </>
      ) : (
        <>
          <p className="practice-muted practice-small">
            No 30-second version yet (write one in the story editor). Compare with the story’s result:
          </p>
          <p className="practice-short-version">
            {story.result.trim() || 'This story has no result written yet.'}
          </p>
        </>
      )}
      {story.metrics.length > 0 && (
        <>
          <h4>Metrics to mention</h4>
          <ul className="practice-metrics">
            {story.metrics.map((metric) => (
              <li key={metric}>{metric}</li>
            ))}
          </ul>
        </>
      )}
    </>
  )
}
