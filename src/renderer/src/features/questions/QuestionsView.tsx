import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import { questionBank } from '../../../../shared/content/question-bank'
import type { QuestionView } from '../../../../shared/contract/practice'
import { availableLenses, findLens } from '../../../../shared/lenses/lens-view'
import { questionKey } from '../../../../shared/practice/schedule'
import { useVault } from '../../state/vault-context'
import {
  cachedQuestions,
  clearWantedQuestion,
  peekWantedQuestion,
  setPickedQuestions,
  usePickedQuestions,
} from '../practice/practice-store'
import { AddQuestionsDialog } from './AddQuestionsDialog'
import { QuestionDetail } from './QuestionDetail'
import { QuestionList } from './QuestionList'
import { useQuestions } from './use-questions'
import { filterQuestions, groupsOf, ownCountOf, type SourceFilter } from './question-filter'
import '../practice/practice.css'
import './questions.css'

/** The bank as it ships, shown at once while the vault's own questions and links load. */
const BANK_ONLY: QuestionView[] = questionBank.map((q) => ({
  id: q.id,
  source: 'bank',
  text: q.text,
  competencies: [...q.competencies],
  stories: [],
  deletedStories: [],
  lastRehearsed: null,
  nextDue: null,
}))

/** The question another view asked for: selected when known, else put in the filter to find it. */
function wantedOnArrival(): { id: string | null; text: string } {
  const wanted = peekWantedQuestion()
  if (!wanted) return { id: null, text: '' }
  const key = questionKey(wanted)
  const found = (cachedQuestions() ?? BANK_ONLY).find((q) => questionKey(q.text) === key)
  return found ? { id: found.id, text: '' } : { id: null, text: wanted }
}

const LENSES = availableLenses()
const LENS_LABELS: Record<string, string> = { core: 'Competency' }

/** Browse the question bank and your own questions, add your own, and pick your story for each. */
export function QuestionsView() {
  const vault = useVault()
  const query = useQuestions()
  const all = query.value ?? BANK_ONLY

  const [lensId, setLensId] = useState('core')
  const [groupId, setGroupId] = useState<string | null>(null)
  const [source, setSource] = useState<SourceFilter>('all')
  const [wanted] = useState(() => wantedOnArrival())
  const [text, setText] = useState(wanted.text)
  const [selectedId, setSelectedId] = useState<string | null>(wanted.id)
  const [adding, setAdding] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  const [now] = useState(() => Date.now())
  const picked = usePickedQuestions()
  const pickedKeys = useMemo(() => new Set(picked.map(questionKey)), [picked])

  const lens = findLens(lensId)
  const groups = useMemo(() => groupsOf(lens, all, source), [lens, all, source])
  const group = groups.find((g) => g.id === groupId) ?? null
  const deferredText = useDeferredValue(text)
  const shown = useMemo(
    () => filterQuestions(all, { source, competencies: group?.competencies ?? null, text: deferredText }),
    [all, source, group, deferredText],
  )
  const selected = all.find((q) => q.id === selectedId) ?? null

  // "Open" on a linked question in the story editor lands here with that question selected.
  useEffect(() => clearWantedQuestion(), [])

  const togglePicked = (question: QuestionView) => {
    const key = questionKey(question.text)
    setPickedQuestions(
      pickedKeys.has(key) ? picked.filter((t) => questionKey(t) !== key) : [...picked, question.text],
    )
  }

  const ownCount = ownCountOf(all)
  return (
    <div className="questions-view">
      <aside className="questions-browse" aria-label="Browse questions">
        <label className="questions-field">
          <span>Browse by</span>
          <select
            value={lensId}
            onChange={(event) => {
              setLensId(event.target.value)
              setGroupId(null)
            }}
          >
            {LENSES.map((l) => (
              <option key={l.id} value={l.id}>
                {LENS_LABELS[l.id] ?? l.name}
              </option>
            ))}
          </select>
        </label>
        <ul className="questions-groups">
          <li>
            <button type="button" aria-pressed={groupId === null} onClick={() => setGroupId(null)}>
              All{' '}
              <span className="questions-count">
                {source === 'own' ? ownCount : source === 'bank' ? all.length - ownCount : all.length}
              </span>
            </button>
          </li>
          {groups.map((g) => (
            <li key={g.id}>
              <button
                type="button"
                aria-pressed={groupId === g.id}
                onClick={() => setGroupId(groupId === g.id ? null : g.id)}
              >
                {g.name} <span className="questions-count">{g.count}</span>
              </button>
            </li>
          ))}
        </ul>
      </aside>

      <section className="questions-main" aria-label="Question list">
        <div className="questions-toolbar">
          <input
            type="search"
            aria-label="Filter questions"
            placeholder="Filter by words…"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <div className="questions-source" role="group" aria-label="Which questions">
            {(
              [
                ['all', 'All'],
                ['bank', 'Bank'],
                ['own', `Mine (${ownCount.toLocaleString('en-US')})`],
              ] as const
            ).map(([value, label]) => (
              <button
                key={value}
                type="button"
                aria-pressed={source === value}
                onClick={() => setSource(value)}
              >
                {label}
              </button>
            ))}
          </div>
          <button
            type="button"
            className="primary"
            disabled={vault.snapshot?.health.kind === 'read-only'}
            onClick={() => setAdding(true)}
          >
            Add questions
          </button>
        </div>
        <p className="questions-status" role="status">
          {shown.length.toLocaleString('en-US')} of {all.length.toLocaleString('en-US')} questions
          {query.loading && !query.value ? ' · loading your questions…' : ''}
          {query.error ? ` · ${query.error}` : ''}
          {notice ? ` · ${notice}` : ''}
        </p>
        <QuestionList
          questions={shown}
          selectedId={selectedId}
          onSelect={setSelectedId}
          picked={pickedKeys}
          now={now}
        />
      </section>

      <div className="questions-detail-pane">
        {selected ? (
          <QuestionDetail
            key={selected.id}
            question={selected}
            now={now}
            picked={pickedKeys.has(questionKey(selected.text))}
            onTogglePicked={() => togglePicked(selected)}
            onPractise={() => {
              if (!pickedKeys.has(questionKey(selected.text))) togglePicked(selected)
              vault.setView('practice')
            }}
            // The undo toast says what was removed and offers it back; an older notice would be stale.
            onRemoved={() => {
              setSelectedId(null)
              setNotice(null)
            }}
          />
        ) : (
          <div className="questions-detail-empty">
            <p>Choose a question to see what it probes and pick the story you would tell.</p>
            {ownCount === 0 && (
              <p>Add the questions you were asked, or expect to be asked, with “Add questions”.</p>
            )}
          </div>
        )}
      </div>

      {adding && (
        <AddQuestionsDialog
          onClose={() => setAdding(false)}
          onAdded={(texts) => {
            setNotice(`Added ${texts.length} ${texts.length === 1 ? 'question' : 'questions'}`)
            setSource('own')
          }}
        />
      )}
    </div>
  )
}
