import { useState } from 'react'
import type { ClipboardEventHandler } from 'react'
import { ErrorBoundary } from '../../components/ErrorBoundary'
import { StoryQuestions } from '../questions/StoryQuestions'
import { usePracticeQuery } from './practice-store'
import { practiceTimesText } from './practice-times'
import { ShortVersionField } from './ShortVersionField'

interface StoryPracticeProps {
  storyId: string
  shortVersion: string
  questions: string[]
  readOnly: boolean
  shortVersionError: string | undefined
  onChange(patch: { shortVersion?: string; questions?: string[] }): void
  onPaste: ClipboardEventHandler<HTMLInputElement | HTMLTextAreaElement>
}

/** The story editor's practice part: the 30-second version, linked questions, rehearsal times. */
export function StoryPractice(props: StoryPracticeProps) {
  const times = usePracticeQuery((bridge) => bridge.invoke('practice:story-times'), 'story-times')
  const [now] = useState(() => Date.now())
  return (
    <section className="editor-section story-practice" aria-labelledby="story-practice-heading">
      <h3 id="story-practice-heading">Practice</h3>
      <p className="story-practice-times">{practiceTimesText(times.value?.[props.storyId], now)}</p>
      <ShortVersionField
        value={props.shortVersion}
        readOnly={props.readOnly}
        error={props.shortVersionError}
        onChange={(shortVersion) => props.onChange({ shortVersion })}
        onPaste={props.onPaste}
      />
      <ErrorBoundary fallback="The questions of this story could not be shown." resetKey={props.storyId}>
        <StoryQuestions
          storyId={props.storyId}
          questions={props.questions}
          readOnly={props.readOnly}
          onChange={(questions) => props.onChange({ questions })}
        />
      </ErrorBoundary>
    </section>
  )
}
