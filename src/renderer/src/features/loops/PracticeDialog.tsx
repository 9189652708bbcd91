import { useId } from 'react'
import type { RoundPlan } from '../../../../shared/loops/plan'
import { Modal } from '../../components/Modal'
import { useVault } from '../../state/vault-context'
import { practiseQuestions } from '../practice/practice-store'

/** The round's questions with the story planned for each: a plain deck to rehearse aloud. */
export function PracticeDialog({ round, onClose }: { round: RoundPlan; onClose(): void }) {
  const headingId = useId()
  const vault = useVault()
  const questions = round.slots.flatMap((slot) => slot.questions.map((q) => q.text))
  const startSession = () => {
    practiseQuestions(questions)
    onClose()
    vault.setView('practice')
  }
  return (
    <Modal className="loop-practice-dialog" labelledBy={headingId} onClose={onClose}>
      <div className="loop-dialog-head">
        <h2 id={headingId}>Practice: {round.name}</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      <p className="loops-muted">
        Say each answer aloud with the story planned for it, in about two minutes.
      </p>
      <ol className="loop-practice">
        {round.slots.flatMap((slot) =>
          slot.questions.map((q) => (
            <li key={`${slot.competency}-${q.text}`}>
              <span className="loop-practice-q">{q.text}</span>
              <span className="loop-practice-story">
                {slot.story
                  ? `${slot.story.deleted ? 'story deleted: ' : ''}${slot.story.title}`
                  : 'No story yet'}{' '}
                <span className="loops-muted">({slot.names.join(', ')})</span>
              </span>
            </li>
          )),
        )}
      </ol>
      {questions.length > 0 && (
        <button type="button" className="primary" onClick={startSession}>
          Practise these in a timed session
        </button>
      )}
    </Modal>
  )
}
