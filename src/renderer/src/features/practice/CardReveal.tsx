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
      {story ? (
        <>
          <h3>{story.title}</h3>
          {story.shortVersion.trim() ? (
            <p className="practice-short-version">{story.shortVersion}</p>
          ) : (
            <p className="practice-muted">
              This story has no 30-second version yet. Write one in the story editor: it is what you compare
              against here.
            </p>
          )}
          {story.shortVersion.trim() && (
            <p className="practice-muted practice-small">{wordCount(story.shortVersion)} words</p>
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
      ) : (
        <p className="practice-muted">No story chosen for this question.</p>
      )}
      {primary && (
        <>
          <h4>Did your answer show… ({primary.name})</h4>
          <ul className="practice-checklist">
            {primary.checklist.map((item) => (
              <li key={item.id}>{item.label}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
