import { useState } from 'react'
import type { FormEvent } from 'react'
import { competencies } from '../../../../shared/content/competencies'
import { DECK_LENGTHS, type DeckLength, type DeckRequest } from '../../../../shared/contract/practice'
import { availableLenses } from '../../../../shared/lenses/lens-view'
import { TARGET_MINUTES, clampTargetMinutes } from './answer-timer'

export type DeckKind = DeckRequest['source']['kind']

const KINDS: ReadonlyArray<{ kind: DeckKind; label: string }> = [
  { kind: 'due', label: 'Due now' },
  { kind: 'competency', label: 'One competency' },
  { kind: 'lens', label: 'One company lens' },
  { kind: 'mine', label: 'My questions only' },
  { kind: 'picked', label: 'A hand-picked list' },
]

const COMPANY_LENSES = availableLenses().filter((lens) => lens.id !== 'core')

export interface DeckChooserProps {
  /** Questions picked in the question bank, offered as the hand-picked list. */
  picked: readonly string[]
  dueCount: number | undefined
  /** Opened from the due badge: start on "Due now". */
  preferDue?: boolean
  /** Opened from a loop round's "Practise these": start on the hand-picked list. */
  preferPicked?: boolean
  busy: boolean
  onStart(request: DeckRequest): void
}

/** Reads the hand-picked list: one question per line, blank lines ignored, each once. */
export function pickedQuestions(text: string): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const line of text.split(/\r?\n/)) {
    const question = line.trim()
    const key = question.toLowerCase()
    if (!question || seen.has(key)) continue
    seen.add(key)
    out.push(question)
  }
  return out
}

/** Which questions to practise, how many and how long an answer should take. */
export function DeckChooser({ picked, dueCount, preferDue, preferPicked, busy, onStart }: DeckChooserProps) {
  // Until the person chooses, the deck follows what there is: due cards, else their picked list.
  const [chosenKind, setKind] = useState<DeckKind | null>(
    preferDue ? 'due' : preferPicked && picked.length > 0 ? 'picked' : null,
  )
  const kind: DeckKind = chosenKind ?? (dueCount ? 'due' : picked.length > 0 ? 'picked' : 'competency')
  const [competency, setCompetency] = useState(competencies[0]?.id ?? '')
  const [lens, setLens] = useState(COMPANY_LENSES[0]?.id ?? '')
  const [list, setList] = useState(() => picked.join('\n'))
  const [length, setLength] = useState<DeckLength>(5)
  const [minutes, setMinutes] = useState<number>(TARGET_MINUTES.default)
  const listQuestions = pickedQuestions(list)
  const problem =
    kind === 'picked' && listQuestions.length === 0
      ? 'Write or paste at least one question, one per line — or pick some in the Questions view.'
      : kind === 'picked' && listQuestions.length > 100
        ? 'A hand-picked list holds up to 100 questions.'
        : kind === 'due' && dueCount === 0
          ? 'Nothing is due right now. Choose another deck, or come back later.'
          : null

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (problem || busy) return
    const source: DeckRequest['source'] =
      kind === 'competency'
        ? { kind, competency }
        : kind === 'lens'
          ? { kind, lens }
          : kind === 'picked'
            ? { kind, questions: listQuestions }
            : { kind }
    onStart({ source, length, targetSeconds: clampTargetMinutes(minutes) * 60 })
  }

  return (
    <form className="deck-chooser" onSubmit={submit} aria-labelledby="deck-heading">
      <h2 id="deck-heading">Practise out loud</h2>
      <p className="practice-muted">
        Answer each question aloud against the clock, then compare with your story and rate how it went.
        Questions you find hard come back sooner.
      </p>
      <fieldset>
        <legend>Deck</legend>
        <div className="deck-kinds">
          {KINDS.map((option) => (
            <label key={option.kind} className="deck-kind">
              <input
                type="radio"
                name="deck-kind"
                value={option.kind}
                checked={kind === option.kind}
                onChange={() => setKind(option.kind)}
              />
              {option.label}
              {option.kind === 'due' && dueCount !== undefined && (
                <span className="deck-count"> ({dueCount})</span>
              )}
            </label>
          ))}
        </div>
        {kind === 'competency' && (
          <label className="deck-detail">
            <span>Competency</span>
            <select value={competency} onChange={(event) => setCompetency(event.target.value)}>
              {competencies.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {kind === 'lens' && (
          <label className="deck-detail">
            <span>Company lens</span>
            <select value={lens} onChange={(event) => setLens(event.target.value)}>
              {COMPANY_LENSES.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {kind === 'picked' && (
          <label className="deck-detail deck-list">
            <span>Questions, one per line</span>
            <textarea rows={5} value={list} onChange={(event) => setList(event.target.value)} />
          </label>
        )}
      </fieldset>
      <div className="deck-settings">
        <fieldset>
          <legend>Length</legend>
          <div className="deck-kinds">
            {DECK_LENGTHS.map((n) => (
              <label key={n} className="deck-kind">
                <input type="radio" name="deck-length" checked={length === n} onChange={() => setLength(n)} />
                {n} questions
              </label>
            ))}
          </div>
        </fieldset>
        <label className="deck-detail">
          <span>Target per answer (minutes)</span>
          <input
            type="number"
            min={TARGET_MINUTES.min}
            max={TARGET_MINUTES.max}
            step={1}
            value={minutes}
            onChange={(event) => setMinutes(Number(event.target.value))}
            onBlur={() => setMinutes(clampTargetMinutes(minutes))}
          />
        </label>
      </div>
      {problem && (
        <p className="deck-problem" role="status">
          {problem}
        </p>
      )}
      <div className="deck-actions">
        <button type="submit" className="primary" disabled={busy || problem !== null}>
          {busy ? 'Building the deck…' : 'Start practice'}
        </button>
        <span className="practice-muted">
          Keys: <kbd>Space</kbd> timer · <kbd>1</kbd>–<kbd>4</kbd> rate · <kbd>Enter</kbd> next ·{' '}
          <kbd>Esc</kbd> end
        </span>
      </div>
    </form>
  )
}
