import { useState } from 'react'
import { competencyById } from '../../../../shared/content/competencies'
import type { QuestionView } from '../../../../shared/contract/practice'
import { questionKey } from '../../../../shared/practice/schedule'
import { useVault } from '../../state/vault-context'
import { practiceChanged } from '../practice/practice-store'
import { practiceTimesText } from '../practice/practice-times'
import { StoryChoice } from '../practice/StoryChoice'
import { CompetencyChips } from './CompetencyChips'
import { offerQuestionBack, offerStoryQuestionBack } from './remove-with-undo'

interface QuestionDetailProps {
  question: QuestionView
  now: number
  onPractise(): void
  picked: boolean
  onTogglePicked(): void
  onRemoved(question: QuestionView): void
}

/** One question: what it probes, when it was rehearsed, and the story the person would tell. */
export function QuestionDetail({
  question,
  now,
  onPractise,
  picked,
  onTogglePicked,
  onRemoved,
}: QuestionDetailProps) {
  const vault = useVault()
  const readOnly = vault.snapshot?.health.kind === 'read-only'
  const [busy, setBusy] = useState(false)
  const own = question.source === 'own'

  const call = async <T,>(
    run: () => Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
  ) => {
    setBusy(true)
    const result = await run()
    setBusy(false)
    if (!result.ok) {
      vault.reportError(result.error.message)
      return null
    }
    practiceChanged()
    return result.value
  }

  const link = async (storyId: string) => {
    const story = await call(() => vault.bridge.invoke('practice:link', { question: question.text, storyId }))
    if (story) vault.storyChanged(story)
  }
  const unlink = async (storyId: string) => {
    const before = vault.stories.find((s) => s.id === storyId)
    const story = await call(() =>
      vault.bridge.invoke('practice:unlink', { question: question.text, storyId }),
    )
    if (!story) return
    vault.storyChanged(story)
    const key = questionKey(question.text)
    const at = before?.questions.findIndex((q) => questionKey(q) === key) ?? -1
    const linked = before?.questions[at]
    if (linked !== undefined)
      offerStoryQuestionBack(vault, { storyId, storyTitle: story.title, question: linked, at })
  }
  const setCompetencies = (competencies: string[]) =>
    void call(() => vault.bridge.invoke('practice:update-question', question.id, { competencies }))
  const remove = async () => {
    const removed = await call(() => vault.bridge.invoke('practice:remove-question', question.id))
    if (!removed) return
    onRemoved(question)
    offerQuestionBack(vault, removed)
  }

  return (
    <section className="question-detail" aria-labelledby="question-detail-heading">
      <p className="question-detail-source">{own ? 'Your question' : 'From the question bank (read-only)'}</p>
      <h2 id="question-detail-heading">{question.text}</h2>
      <p className="question-detail-times">{practiceTimesText(question, now)}</p>

      <h3>What it probes</h3>
      {own ? (
        <CompetencyChips
          selected={question.competencies}
          label="this question"
          disabled={busy || readOnly}
          onChange={setCompetencies}
        />
      ) : (
        <p>{question.competencies.map((id) => competencyById(id)?.name ?? id).join(', ')}</p>
      )}

      <h3>My story for this question</h3>
      {question.stories.length > 0 ? (
        <ul className="question-detail-stories">
          {question.stories.map((story) => (
            <li key={story.id}>
              <strong>{story.title}</strong>
              <button type="button" className="link-button" onClick={() => vault.openStory(story.id)}>
                Open
              </button>
              <button
                type="button"
                className="link-button"
                disabled={busy || readOnly}
                aria-label={`Unlink ${story.title}`}
                onClick={() => void unlink(story.id)}
              >
                Unlink
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="practice-muted">No story chosen yet.</p>
      )}
      {question.deletedStories.length > 0 && (
        <p className="practice-muted">
          Also linked to {question.deletedStories.map((s) => `“${s.title}”`).join(', ')} (story deleted).
        </p>
      )}
      <StoryChoice
        question={question.text}
        chosenId={question.stories[0]?.id ?? null}
        legend={question.stories.length > 0 ? 'Link another story?' : 'Which story would you tell?'}
        disabled={busy || readOnly}
        onChoose={(id) => void link(id)}
      />

      <div className="question-detail-actions">
        <button type="button" aria-pressed={picked} onClick={onTogglePicked}>
          {picked ? 'On the practice list ✓' : 'Add to practice list'}
        </button>
        <button type="button" onClick={onPractise}>
          Practise picked questions
        </button>
        {own && !readOnly && (
          <button type="button" className="danger-button" disabled={busy} onClick={() => void remove()}>
            Remove question
          </button>
        )}
      </div>
    </section>
  )
}
