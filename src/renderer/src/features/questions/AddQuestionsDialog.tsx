import { useRef, useState } from 'react'
import type { QuestionSuggestion } from '../../../../shared/contract/practice'
import { LIMITS } from '../../../../shared/story/limits'
import { Modal } from '../../components/Modal'
import { useVault } from '../../state/vault-context'
import { practiceChanged } from '../practice/practice-store'
import { readAsText } from '../transfer/read-files'
import { CompetencyChips } from './CompetencyChips'
import { questionLinesFromFile } from './question-file'

/** A long import is previewed in part: editing 10,000 rows here would help no one. */
const PREVIEW_ROWS = 200

interface Row {
  text: string
  competencies: string[]
  problem: string | null
  include: boolean
}

/** The guess to start from: the likeliest competency, and a second one when nearly as likely. */
export function suggestedCompetencies(guess: QuestionSuggestion['competencies']): string[] {
  const top = guess[0]
  if (!top) return []
  return guess
    .filter((c) => c.confidence >= top.confidence * 0.6)
    .slice(0, 2)
    .map((c) => c.id)
}

/** Add own questions: type one, paste a list, or import a .txt/.csv file; check competencies; add. */
export function AddQuestionsDialog({
  onClose,
  onAdded,
}: {
  onClose(): void
  onAdded(texts: string[]): void
}) {
  const vault = useVault()
  const [text, setText] = useState('')
  const [rows, setRows] = useState<Row[] | null>(null)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const file = useRef<HTMLInputElement>(null)

  const read = async () => {
    setBusy(true)
    setMessage(null)
    const result = await vault.bridge.invoke('practice:suggest-questions', text)
    setBusy(false)
    if (!result.ok) return setMessage(result.error.message)
    if (result.value.length === 0) return setMessage('There is no question in that text yet.')
    setRows(
      result.value.map((s) => ({
        text: s.text,
        competencies: suggestedCompetencies(s.competencies),
        problem: s.problem,
        include: s.problem === null,
      })),
    )
  }

  const importFile = async (picked: File | undefined) => {
    if (!picked) return
    if (picked.size > LIMITS.importBytes) {
      return setMessage(`That file is larger than ${LIMITS.importBytes / 1024 / 1024} MB.`)
    }
    try {
      const lines = questionLinesFromFile(picked.name, await readAsText(picked))
      setText((current) => (current.trim() ? `${current.trimEnd()}\n${lines}` : lines))
      setMessage(null)
    } catch {
      setMessage(`“${picked.name}” could not be read. Is it a text or CSV file?`)
    }
  }

  const chosen = rows?.filter((row) => row.include && !row.problem) ?? []
  const add = async () => {
    if (chosen.length === 0) return
    setBusy(true)
    const result = await vault.bridge.invoke('practice:add-questions', {
      questions: chosen.map((row) => ({ text: row.text, competencies: row.competencies })),
    })
    setBusy(false)
    if (!result.ok) return setMessage(`Nothing was added: ${result.error.message}`)
    practiceChanged()
    onAdded(result.value.added.map((q) => q.text))
    if (result.value.skipped.length > 0) {
      setRows(null)
      setText(result.value.skipped.map((s) => s.text).join('\n'))
      setMessage(
        `Added ${result.value.added.length}. Not added: ${result.value.skipped
          .map((s) => `“${s.text.slice(0, 60)}” (${s.reason})`)
          .join('; ')}`,
      )
    } else onClose()
  }

  const patch = (index: number, next: Partial<Row>) =>
    setRows((current) => current?.map((row, i) => (i === index ? { ...row, ...next } : row)) ?? null)

  return (
    <Modal className="add-questions" labelledBy="add-questions-heading" onClose={onClose} locked={busy}>
      <h2 id="add-questions-heading">Add your own questions</h2>
      {rows === null ? (
        <>
          <label className="add-questions-field">
            <span>One question per line — type, paste a list, or import a file</span>
            <textarea
              rows={6}
              value={text}
              autoFocus
              placeholder={
                'Tell me about a time you changed your mind.\nWhat would your last manager say you should work on?'
              }
              onChange={(event) => setText(event.target.value)}
            />
          </label>
          <div className="add-questions-actions">
            <button type="button" onClick={() => file.current?.click()}>
              Import .txt or .csv…
            </button>
            <input
              ref={file}
              type="file"
              accept=".txt,.csv,text/plain,text/csv"
              hidden
              onChange={(event) => {
                void importFile(event.target.files?.[0])
                event.target.value = ''
              }}
            />
            <span className="spacer" />
            <button type="button" onClick={onClose}>
              Cancel
            </button>
            <button
              type="button"
              className="primary"
              disabled={busy || !text.trim()}
              onClick={() => void read()}
            >
              Next: check competencies
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="practice-muted">
            Competencies are guessed from the wording; change them where the guess is wrong.
          </p>
          <ul className="add-questions-rows" aria-label="Questions to add">
            {rows.slice(0, PREVIEW_ROWS).map((row, index) => (
              <li key={index} className={row.problem ? 'has-problem' : undefined}>
                <label className="add-questions-include">
                  <input
                    type="checkbox"
                    checked={row.include && !row.problem}
                    disabled={row.problem !== null}
                    onChange={(event) => patch(index, { include: event.target.checked })}
                  />
                  <span>{row.text}</span>
                </label>
                {row.problem ? (
                  <p className="add-questions-problem">{row.problem}</p>
                ) : (
                  <CompetencyChips
                    selected={row.competencies}
                    label={`question ${index + 1}`}
                    onChange={(competencies) => patch(index, { competencies })}
                  />
                )}
              </li>
            ))}
          </ul>
          {rows.length > PREVIEW_ROWS && (
            <p className="practice-muted">
              …and {(rows.length - PREVIEW_ROWS).toLocaleString('en-US')} more, added with the guessed
              competencies (change them later in the list).
            </p>
          )}
          <div className="add-questions-actions">
            <button type="button" onClick={() => setRows(null)}>
              Back
            </button>
            <span className="spacer" />
            <button type="button" onClick={onClose}>
              Cancel
            </button>
            <button
              type="button"
              className="primary"
              disabled={busy || chosen.length === 0}
              onClick={() => void add()}
            >
              Add {chosen.length} {chosen.length === 1 ? 'question' : 'questions'}
            </button>
          </div>
        </>
      )}
      {message && (
        <p className="add-questions-message" role="status">
          {message}
        </p>
      )}
    </Modal>
  )
}
