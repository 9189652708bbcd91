import { useId, useState } from 'react'
import { useVault } from '../../state/vault-context'
import { useQuestionSearch } from '../search/use-search'

interface StoryChoiceProps {
  question: string
  /** The story chosen now, if any. */
  chosenId: string | null
  onChoose(storyId: string): void
  /** Heading text for the group, e.g. "Which story would you tell?". */
  legend: string
  disabled?: boolean
}

/** Search's three best stories for a question, with the reasons, plus any other story of the vault. */
export function StoryChoice({ question, chosenId: saved, onChoose, legend, disabled }: StoryChoiceProps) {
  const vault = useVault()
  // The choice shows at once; the saved link catches up when main answers.
  const [local, setLocal] = useState<string | null>(null)
  const chosenId = local ?? saved
  const choose = (id: string) => {
    setLocal(id)
    onChoose(id)
  }
  const { response } = useQuestionSearch(vault.stories, question, vault.settings.targetLevel, null, 3)
  const name = useId()
  const offered = response.results
  const others = vault.stories.filter((story) => !offered.some((result) => result.id === story.id))
  // Every story is an <option> only once the person reaches for the list: laying out a select of
  // 10,000 titles took most of a second each time a question was chosen.
  const [listed, setListed] = useState(false)
  const listedOthers = listed ? others : others.filter((story) => story.id === chosenId)
  const list = () => setListed(true)

  if (vault.stories.length === 0) {
    return (
      <p className="practice-muted">Your vault has no stories yet. Write one, then come back to link it.</p>
    )
  }
  return (
    <fieldset className="story-choice" disabled={disabled}>
      <legend>{legend}</legend>
      {offered.length > 0 ? (
        <ul className="story-choice-list">
          {offered.map((result, index) => (
            <li key={result.id} className={result.id === chosenId ? 'is-chosen' : undefined}>
              <label className="story-choice-option">
                <input
                  type="radio"
                  name={name}
                  checked={result.id === chosenId}
                  onChange={() => choose(result.id)}
                />
                <span>
                  <span className="story-choice-title">
                    {index === 0 ? 'Best match: ' : ''}
                    {result.title}
                  </span>
                  {result.reasons.length > 0 && (
                    <span className="story-choice-reasons">{result.reasons.slice(0, 3).join(' · ')}</span>
                  )}
                </span>
              </label>
            </li>
          ))}
        </ul>
      ) : (
        <p className="practice-muted">
          {response.message ?? 'Search found no close match; pick any story below.'}
        </p>
      )}
      {others.length > 0 && (
        <label className="story-choice-other">
          <span>Or another story</span>
          <select
            value={others.some((story) => story.id === chosenId) ? (chosenId ?? '') : ''}
            onFocus={list}
            onPointerDown={list}
            onChange={(event) => {
              if (event.target.value) choose(event.target.value)
            }}
          >
            <option value="">Choose a story…</option>
            {listedOthers.map((story) => (
              <option key={story.id} value={story.id}>
                {story.title}
              </option>
            ))}
          </select>
        </label>
      )}
    </fieldset>
  )
}
