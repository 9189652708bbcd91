import { useState } from 'react'
import type { FormEvent } from 'react'
import { questionBank } from '../../../../shared/content/question-bank'
import { LIMITS } from '../../../../shared/story/limits'
import { questionKey } from '../../../../shared/practice/schedule'
import { useVault } from '../../state/vault-context'
import { practiceChanged, showQuestion } from '../practice/practice-store'
import { offerStoryQuestionBack } from './remove-with-undo'

const BANK_KEYS = new Set(questionBank.map((q) => questionKey(q.text)))

interface StoryQuestionsProps {
  storyId: string
  questions: string[]
  readOnly: boolean
  /** Saved with the story's other fields (the editor's autosave). */
  onChange(questions: string[]): void
}

/** "Questions this story answers": the questions the person chose this story for. */
export function StoryQuestions({ storyId, questions, readOnly, onChange }: StoryQuestionsProps) {
  const vault = useVault()
  const [draft, setDraft] = useState('')
  const [problem, setProblem] = useState<string | null>(null)

  const add = (event: FormEvent) => {
    event.preventDefault()
    const text = draft.trim().replace(/\s+/g, ' ')
    if (!text) return
    if (text.length > LIMITS.question) {
      return setProblem(`A question is limited to ${LIMITS.question} characters.`)
    }
    if (questions.some((q) => questionKey(q) === questionKey(text))) {
      return setProblem('This story already answers that question.')
    }
    if (questions.length >= LIMITS.storyQuestions) {
      return setProblem(`A story can answer up to ${LIMITS.storyQuestions} questions.`)
    }
    onChange([...questions, text])
    setDraft('')
    setProblem(null)
    // A question typed here joins the person's own questions, so the bank and practice find it.
    if (!BANK_KEYS.has(questionKey(text))) {
      void vault.bridge
        .invoke('practice:add-questions', { questions: [{ text }] })
        .then((result) => result.ok && practiceChanged())
    }
  }

  const remove = (question: string) => {
    onChange(questions.filter((q) => q !== question))
    const storyTitle = vault.stories.find((s) => s.id === storyId)?.title ?? 'this story'
    offerStoryQuestionBack(vault, { storyId, storyTitle, question, at: questions.indexOf(question) })
  }

  const open = (question: string) => {
    showQuestion(question)
    vault.setView('questions')
  }

  return (
    <div className="story-questions">
      <h4 id="story-questions-heading">Questions this story answers</h4>
      {questions.length === 0 ? (
        <p className="practice-muted">
          None yet. Add the questions you would answer with this story, or pick this story for a question in
          the Questions view.
        </p>
      ) : (
        <ul aria-labelledby="story-questions-heading">
          {questions.map((question) => (
            <li key={question}>
              <span>{question}</span>
              <button
                type="button"
                className="link-button"
                aria-label={`Open “${question}” in Questions`}
                onClick={() => open(question)}
              >
                Open
              </button>
              {!readOnly && (
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Remove “${question}” from this story`}
                  onClick={() => remove(question)}
                >
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <form className="story-questions-add" onSubmit={add}>
          <label htmlFor="story-question-new" className="visually-hidden">
            Add a question this story answers
          </label>
          <input
            id="story-question-new"
            type="text"
            value={draft}
            placeholder="Add a question this story answers…"
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'story-question-problem' : undefined}
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="submit" disabled={!draft.trim()}>
            Add
          </button>
        </form>
      )}
      {problem && (
        <p id="story-question-problem" className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  )
}
