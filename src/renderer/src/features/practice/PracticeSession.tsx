import { useEffect, useEffectEvent, useRef, useState } from 'react'
import { competencyById } from '../../../../shared/content/competencies'
import type { Deck, DeckCard } from '../../../../shared/contract/practice'
import type { PracticeRating } from '../../../../shared/practice/schema'
import { isTypingTarget } from '../../state/shortcuts'
import { useVault } from '../../state/vault-context'
import type { Clock } from './answer-timer'
import { CardReveal } from './CardReveal'
import { practiceChanged } from './practice-store'
import { RatingButtons } from './RatingButtons'
import { sessionKeyAction } from './session-keys'
import { SessionTimer } from './SessionTimer'
import { StoryChoice } from './StoryChoice'
import { useAnswerTimer } from './use-answer-timer'

interface PracticeSessionProps {
  deck: Deck
  clock: Clock
  /** The session is over: the history entries it recorded (empty when nothing was rated). */
  onEnd(entryIds: string[]): void
}

function whereIs(target: EventTarget | null): 'typing' | 'button' | 'other' {
  if (isTypingTarget(target)) return 'typing'
  const tag = (target as HTMLElement | null)?.tagName?.toLowerCase()
  return tag === 'button' || tag === 'a' ? 'button' : 'other'
}

/** One card after another: question, story, timer, reveal, rating and an optional note. */
export function PracticeSession({ deck, clock, onEnd }: PracticeSessionProps) {
  const [index, setIndex] = useState(0)
  const [entryIds, setEntryIds] = useState<string[]>([])
  const card = deck.cards[index]
  if (!card) return null
  return (
    <PracticeCardRun
      // A fresh card state (timer, rating, note) per card.
      key={index}
      card={card}
      position={index}
      total={deck.cards.length}
      targetMs={deck.targetSeconds * 1000}
      clock={clock}
      onRecorded={(entryId, end) => {
        const ids = entryId ? [...entryIds, entryId] : entryIds
        setEntryIds(ids)
        if (end || index + 1 >= deck.cards.length) onEnd(ids)
        else setIndex(index + 1)
      }}
    />
  )
}

interface CardRunProps {
  card: DeckCard
  position: number
  total: number
  targetMs: number
  clock: Clock
  /** entryId is null when the card was skipped; end: the person ended the session here. */
  onRecorded(entryId: string | null, end: boolean): void
}

function PracticeCardRun({ card, position, total, targetMs, clock, onRecorded }: CardRunProps) {
  const vault = useVault()
  const timer = useAnswerTimer(clock)
  const [storyId, setStoryId] = useState<string | null>(card.story?.id ?? null)
  const [changing, setChanging] = useState(false)
  const [revealed, setRevealed] = useState(false)
  const [rating, setRating] = useState<PracticeRating | null>(null)
  const [note, setNote] = useState('')
  const [saving, setSaving] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  const story = vault.stories.find((s) => s.id === storyId) ?? null

  useEffect(() => heading.current?.focus(), [])

  const toggleTimer = () => {
    if (timer.running) setRevealed(true)
    timer.toggle()
  }

  const rate = (next: PracticeRating) => {
    if (timer.running) timer.toggle()
    setRevealed(true)
    setRating(next)
    setProblem(null)
  }

  const record = async (end: boolean) => {
    if (saving) return
    if (!rating) {
      if (end) return onRecorded(null, true)
      setProblem('Rate this answer first: press 1 to 4.')
      return
    }
    if (!storyId) {
      setProblem('Pick the story you told, then rate again.')
      return
    }
    setSaving(true)
    const result = await vault.bridge.invoke('practice:rate', {
      question: card.question,
      storyId,
      rating,
      seconds: Math.round(timer.read() / 1000),
      ...(note.trim() ? { note: note.trim() } : {}),
    })
    setSaving(false)
    if (!result.ok) {
      setProblem(`This rating was not saved: ${result.error.message} Press Enter to try again.`)
      return
    }
    practiceChanged()
    onRecorded(result.value.entry.id, end)
  }

  const chooseStory = async (id: string) => {
    setStoryId(id)
    setChanging(false)
    // Choosing is linking: next time this question offers this story first.
    const result = await vault.bridge.invoke('practice:link', { question: card.question, storyId: id })
    if (result.ok) {
      vault.storyChanged(result.value)
      practiceChanged()
    }
  }

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    const action = sessionKeyAction(event, whereIs(event.target))
    if (!action) return
    event.preventDefault()
    if (action.kind === 'toggle-timer') toggleTimer()
    else if (action.kind === 'rate') rate(action.rating)
    else if (action.kind === 'next') void record(false)
    else void record(true)
  })
  useEffect(() => {
    // Capture: the card's keys win over page-wide shortcuts and a focused button's own Space.
    const listener = (event: KeyboardEvent) => onKey(event)
    window.addEventListener('keydown', listener, true)
    return () => window.removeEventListener('keydown', listener, true)
  }, [])

  return (
    <article className="practice-card" aria-labelledby="practice-question">
      <p className="practice-progress">
        Question {position + 1} of {total}
        {card.competencies.length > 0 && <CompetencyNames ids={card.competencies} />}
      </p>
      <h2 id="practice-question" ref={heading} tabIndex={-1} className="practice-question">
        {card.question}
      </h2>
      <div className="practice-story">
        {story && !changing ? (
          <p>
            <span className="practice-muted">
              {storyId === card.story?.id && card.storySource === 'suggested'
                ? 'Search suggests: '
                : 'Your story: '}
            </span>
            <strong>{story.title}</strong>{' '}
            <button type="button" className="link-button" onClick={() => setChanging(true)}>
              Change story
            </button>
          </p>
        ) : (
          <StoryChoice
            question={card.question}
            chosenId={storyId}
            legend="Which story would you tell?"
            onChoose={(id) => void chooseStory(id)}
          />
        )}
      </div>
      <SessionTimer
        elapsed={timer.elapsed}
        targetMs={targetMs}
        running={timer.running}
        onToggle={toggleTimer}
      />
      {revealed ? (
        <CardReveal story={story} competencies={card.competencies} />
      ) : (
        <button type="button" className="practice-reveal" onClick={() => setRevealed(true)}>
          Show my 30-second version
        </button>
      )}
      <div className="practice-answer-bar">
        <div className="practice-answer-row">
          <RatingButtons rating={rating} onRate={rate} />
          <div className="practice-actions">
            <button type="button" onClick={() => void record(true)}>
              End session <kbd>Esc</kbd>
            </button>
            <button type="button" className="primary" disabled={saving} onClick={() => void record(false)}>
              {position + 1 >= total ? 'Finish' : 'Next question'} <kbd>Enter</kbd>
            </button>
          </div>
        </div>
        <label className="practice-note">
          <span>Note for next time (optional)</span>
          <input
            type="text"
            value={note}
            maxLength={500}
            placeholder="e.g. forgot the metric"
            onChange={(event) => setNote(event.target.value)}
          />
        </label>
        {problem && (
          <p className="practice-problem" role="alert">
            {problem}
          </p>
        )}
      </div>
    </article>
  )
}

function CompetencyNames({ ids }: { ids: readonly string[] }) {
  return <span className="practice-competencies"> · {ids.map(competencyName).join(', ')}</span>
}

function competencyName(id: string): string {
  return competencyById(id)?.name ?? id
}
