import { useDeferredValue, useMemo } from 'react'
import { competencyName } from '../../../../shared/competencies/framework'
import { effectiveCompetencies, explainSuggestions } from '../../../../shared/competencies/suggest'
import { availableLenses, lensItemsShown } from '../../../../shared/lenses/lens-view'
import { assessScope } from '../../../../shared/scope/assess'
import { LEVEL_WORDS } from '../../../../shared/scope/wording'
import type { StoryFields } from '../../../../shared/story/schema'
import { assessStrength } from '../../../../shared/strength/assess'
import { useVault } from '../../state/vault-context'
import './insights.css'

export interface StoryInsightsProps {
  story: StoryFields & { id?: string }
  onChange(fields: Partial<StoryFields>): void
}

/** Suggestions below this are not worth a person's attention in the editor. */
const SHOW_FROM = 0.3
const MAX_SHOWN = 5

/** Suggested competencies, the scope check for the target level and concrete fixes, under the editor. */
export function StoryInsights({ story, onChange }: StoryInsightsProps) {
  const { settings } = useVault()
  // Typing stays fluid: the analysis follows the text a moment later on slow machines.
  const deferred = useDeferredValue(story)
  const suggestions = useMemo(
    () =>
      explainSuggestions(deferred)
        .filter((s) => s.confidence >= SHOW_FROM)
        .slice(0, MAX_SHOWN),
    [deferred],
  )
  const scope = useMemo(() => assessScope(deferred, settings.targetLevel), [deferred, settings.targetLevel])
  const strength = useMemo(() => assessStrength(deferred), [deferred])
  const level = LEVEL_WORDS[settings.targetLevel]
  const throughLenses = useMemo(() => {
    const shown = effectiveCompetencies(deferred)
    return availableLenses()
      .filter((lens) => lens.id !== 'core')
      .map((lens) => ({ lens, items: lensItemsShown(lens, shown, deferred) }))
      .filter((entry) => entry.items.length > 0)
  }, [deferred])

  const accept = (id: string) =>
    onChange({
      competencies: [...story.competencies.filter((c) => c !== id), id],
      rejectedCompetencies: story.rejectedCompetencies.filter((c) => c !== id),
    })
  const reject = (id: string) =>
    onChange({ rejectedCompetencies: [...story.rejectedCompetencies.filter((c) => c !== id), id] })
  const unreject = (id: string) =>
    onChange({ rejectedCompetencies: story.rejectedCompetencies.filter((c) => c !== id) })

  return (
    <section className="insights" aria-label="Story insights">
      <div className="insights-block">
        <h3>Suggested competencies</h3>
        {suggestions.length === 0 ? (
          <p className="insights-muted">
            {story.competencies.length > 0
              ? 'Nothing else stands out in the text.'
              : 'Nothing stands out yet. Describe what you did and how it ended.'}
          </p>
        ) : (
          <ul className="suggestions">
            {suggestions.map((s) => {
              const name = competencyName(s.id)
              const percent = Math.round(s.confidence * 100)
              return (
                <li key={s.id} className="suggestion" data-testid={`suggestion-${s.id}`}>
                  <span className="suggestion-name">{name}</span>
                  <span className="confidence" aria-hidden="true">
                    <span className="confidence-bar" style={{ width: `${percent}%` }} />
                  </span>
                  <span className="insights-muted suggestion-percent">{percent}%</span>
                  <span className="suggestion-actions">
                    <button type="button" onClick={() => accept(s.id)} aria-label={`Add ${name}`}>
                      Add
                    </button>
                    <button
                      type="button"
                      className="quiet"
                      onClick={() => reject(s.id)}
                      aria-label={`Not this: ${name}`}
                    >
                      Not this
                    </button>
                  </span>
                  {s.because && s.because.length > 0 && (
                    <span className="because" title="Your words that suggest it">
                      “{s.because.slice(0, 3).join('”, “')}”
                    </span>
                  )}
                </li>
              )
            })}
          </ul>
        )}
        {story.rejectedCompetencies.length > 0 && (
          <p className="insights-muted rejected-line">
            Turned down:{' '}
            {story.rejectedCompetencies.map((id) => (
              <button
                key={id}
                type="button"
                className="link-button"
                onClick={() => unreject(id)}
                aria-label={`Suggest ${competencyName(id)} again`}
              >
                {competencyName(id)} ↺
              </button>
            ))}
          </p>
        )}
      </div>

      {throughLenses.length > 0 && (
        <div className="insights-block" data-testid="lens-view">
          <h3>Through company frameworks</h3>
          {throughLenses.map(({ lens, items }) => (
            <div key={lens.id} className="lens-group">
              <h4 id={`lens-${lens.id}`}>{lens.name}</h4>
              {/* One item a line: names like "Are Right, A Lot" carry their own commas. */}
              <ul className="lens-items" aria-labelledby={`lens-${lens.id}`}>
                {items.map(({ item, quotes }) => (
                  <li key={item.id}>
                    <span className="lens-item-name">{item.name}</span>
                    {quotes.length > 0 && (
                      <span className="because" title="Your words that show it">
                        {' '}
                        — “{quotes.join('”, “')}”
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}

      <div className="insights-block" data-testid="scope-check">
        <h3>
          Scope for {level}:{' '}
          <span className={scope.smallForLevel ? 'scope-small' : 'scope-fits'}>
            {scope.smallForLevel ? 'looks small' : 'fits'}
          </span>
        </h3>
        <ul className="reasons">
          {scope.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
        {scope.smallForLevel && scope.fixes.length > 0 && (
          <>
            <h4>To make it fit</h4>
            <ul className="fixes">
              {scope.fixes.slice(0, 3).map((fix) => (
                <li key={fix}>{fix}</li>
              ))}
            </ul>
          </>
        )}
      </div>

      <div className="insights-block" data-testid="strength-fixes">
        <h3>Make it stronger</h3>
        <p className="insights-muted">
          About {strength.speakingMinutes} min spoken ·{' '}
          {strength.hasMetric ? 'has a measurable result' : 'no measurable result'} · “I” {strength.voice.i} /
          “we” {strength.voice.we}
        </p>
        {strength.fixes.length === 0 ? (
          <p>Nothing to fix: it has a result, your part and what you learned.</p>
        ) : (
          <ul className="fixes">
            {strength.fixes.map((fix) => (
              <li key={fix.message} className={`fix fix-${fix.kind}`}>
                {fix.message}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  )
}
