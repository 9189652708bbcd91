import { useEffect, useMemo, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { competencyById } from '../../../../shared/content/competencies'
import type { SearchResult } from '../../../../shared/search/rank'
import { STRENGTH_WORDS } from '../../../../shared/search/strength'
import { LEVEL_LABELS, TARGET_LEVELS, type TargetLevel } from '../../../../shared/story/levels'
import type { Story } from '../../../../shared/story/schema'
import { useVault } from '../../state/vault-context'
import { bestSnippet, Highlight } from './Highlight'
import { starOutline } from './outline'
import { ProbesChooser } from './ProbesChooser'
import { TellThisOneControl, TellThisOneNote, useTellThisOne } from './TellThisOne'
import { useQuestionSearch } from './use-search'
import './search.css'
import { Modal } from '../../components/Modal'

export interface SearchPaletteProps {
  open: boolean
  onClose(): void
}

/** Ctrl/Cmd+K: type an interview question, get the best stories first with the reasons. */
export function SearchPalette({ open, onClose }: SearchPaletteProps) {
  if (!open) return null
  return <QuestionSearchDialog onClose={onClose} />
}

function competencyName(id: string): string {
  return competencyById(id)?.name ?? id
}

function QuestionSearchDialog({ onClose }: { onClose(): void }) {
  const vault = useVault()
  const input = useRef<HTMLInputElement>(null)
  const [question, setQuestion] = useState('')
  const [level, setLevel] = useState<TargetLevel>(vault.settings.targetLevel)
  const [active, setActive] = useState(0)
  const [copied, setCopied] = useState<string | null>(null)
  // The person's correction of what the question probes; null while the guess stands.
  const [chosen, setChosen] = useState<string[] | null>(null)
  const { response, inferred, stale } = useQuestionSearch(vault.stories, question, level, chosen)
  const results = response.results
  const activeIndex = Math.min(active, Math.max(0, results.length - 1))
  const storiesById = useMemo(() => new Map(vault.stories.map((s) => [s.id, s])), [vault.stories])
  const activeResult = results[activeIndex]
  const activeStory = activeResult ? storiesById.get(activeResult.id) : undefined
  const tell = useTellThisOne(question, activeStory)

  useEffect(() => input.current?.focus(), [])

  const openResult = (id: string) => {
    vault.openStory(id)
    onClose()
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      setActive(Math.min(activeIndex + 1, results.length - 1))
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      setActive(Math.max(activeIndex - 1, 0))
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      void tell?.link()
    } else if (event.key === 'Enter') {
      const chosen = results[activeIndex]
      if (chosen) {
        event.preventDefault()
        openResult(chosen.id)
      }
    }
  }

  const copyOutline = async (story: Story) => {
    try {
      await navigator.clipboard.writeText(starOutline(story))
      setCopied(story.id)
    } catch {
      vault.reportError('Could not copy to the clipboard. Open the story and copy its text instead.')
    }
  }

  const empty = !question.trim()
  // References only while the list exists: an id that is not in the page is invalid ARIA.
  const listShown = !empty && results.length > 0
  return (
    <Modal
      className="search-palette"
      label="Search by interview question"
      onClose={onClose}
      onKeyDown={onKeyDown}
    >
      <div className="search-palette-bar">
        <input
          ref={input}
          type="search"
          className="search-palette-input"
          placeholder="Type an interview question…"
          aria-label="Interview question"
          aria-controls={listShown ? 'search-results' : undefined}
          aria-activedescendant={
            listShown && results[activeIndex] ? `search-result-${activeIndex}` : undefined
          }
          value={question}
          maxLength={20_000}
          onChange={(event) => {
            setQuestion(event.target.value)
            if (!event.target.value.trim()) setChosen(null)
            setActive(0)
          }}
        />
        <label className="search-palette-level">
          Level{' '}
          <select value={level} onChange={(event) => setLevel(event.target.value as TargetLevel)}>
            {TARGET_LEVELS.map((l) => (
              <option key={l} value={l}>
                {LEVEL_LABELS[l]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {!empty && <ProbesChooser inferred={inferred} chosen={chosen} onChange={setChosen} />}
      {!empty && response.analysis.corrections.length > 0 && (
        <p className="search-palette-note">
          Read as: {response.analysis.corrections.map((c) => `${c.from} → ${c.to}`).join(', ')}
        </p>
      )}
      {empty ? (
        <p className="search-palette-empty">
          {vault.stories.length === 0
            ? 'Your vault has no stories yet. Add one, then search it by interview question.'
            : 'Type a question as an interviewer would ask it, like “Tell me about a time you disagreed with your manager.” The best story comes first, with the reasons.'}
        </p>
      ) : results.length === 0 ? (
        <p className="search-palette-empty" role="status">
          {response.message ?? 'No story matches this question yet.'}
        </p>
      ) : (
        <>
          {response.message && (
            <p className="search-palette-verdict" role="status">
              {response.message}
            </p>
          )}
          <ol
            id="search-results"
            className="search-results"
            role="listbox"
            aria-label="Best stories"
            aria-busy={stale}
            // Long result lists scroll: the keyboard must reach them too (the arrows work from here as well).
            tabIndex={0}
          >
            {results.map((result, i) => (
              <ResultItem
                key={result.id}
                result={result}
                position={i}
                active={i === activeIndex}
                level={level}
                story={storiesById.get(result.id)}
                onOpen={() => openResult(result.id)}
                onHover={() => setActive(i)}
              />
            ))}
          </ol>
        </>
      )}
      {tell && !empty && <TellThisOneNote tell={tell} />}
      <div className="search-palette-foot">
        <p className="search-palette-hint">
          <kbd>↑</kbd> <kbd>↓</kbd> to choose, <kbd>Enter</kbd> to open, <kbd>Ctrl</kbd>+<kbd>Enter</kbd> to
          link, <kbd>Esc</kbd> to close
        </p>
        {tell && !empty && <TellThisOneControl tell={tell} />}
        {/* Outside the list: a button inside an option is a control screen readers cannot reach. */}
        {activeStory && (
          <button
            type="button"
            className="search-result-copy"
            title={`A STAR outline of “${activeStory.title}”, for your notes`}
            onClick={() => void copyOutline(activeStory)}
          >
            {copied === activeStory.id ? 'Copied' : 'Copy outline'}
          </button>
        )}
      </div>
    </Modal>
  )
}

interface ResultItemProps {
  result: SearchResult
  position: number
  active: boolean
  level: TargetLevel
  story: Story | undefined
  onOpen(): void
  onHover(): void
}

function ResultItem({ result, position, active, level, story, onOpen, onHover }: ResultItemProps) {
  const words = useMemo(() => new Set(result.matched), [result.matched])
  const snippet = story
    ? bestSnippet([story.situation, story.task, story.action, story.result, story.learnings], words)
    : ''
  return (
    <li
      id={`search-result-${position}`}
      role="option"
      aria-selected={active}
      className={`search-result${active ? ' is-active' : ''}`}
      // Moving, not entering: a list that appears under a resting pointer must not steal the choice.
      onMouseMove={active ? undefined : onHover}
      onClick={onOpen}
    >
      <div className="search-result-head">
        <span className="search-result-title">
          <Highlight text={result.title} words={words} />
        </span>
        <span
          className={`search-strength is-${result.strength}`}
          title={`How well this story answers the question on its own (${Math.round(result.fit * 100)}%)`}
        >
          {STRENGTH_WORDS[result.strength]}
        </span>
        <span
          className={`search-scope${result.smallForLevel ? ' is-small' : ''}`}
          title={result.scope.summary}
        >
          {result.smallForLevel ? `Small for ${LEVEL_LABELS[level]}` : `Fits ${LEVEL_LABELS[level]}`}
        </span>
      </div>
      {snippet && (
        <p className="search-result-snippet">
          <Highlight text={snippet} words={words} />
        </p>
      )}
      {result.competencies.length > 0 && (
        <div className="search-result-chips">
          {result.competencies.map((id) => (
            <span key={id} className="search-chip">
              {competencyName(id)}
            </span>
          ))}
        </div>
      )}
      <ul className="search-result-reasons">
        {result.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </li>
  )
}
