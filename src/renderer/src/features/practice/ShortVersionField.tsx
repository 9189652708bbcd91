import type { ClipboardEventHandler } from 'react'
import { TextArea } from '../stories/fields'
import { SHORT_VERSION_WORDS, wordCount } from './word-count'

interface ShortVersionFieldProps {
  value: string
  readOnly: boolean
  error: string | undefined
  onChange(value: string): void
  onPaste: ClipboardEventHandler<HTMLInputElement | HTMLTextAreaElement>
}

/** The "30-second version", with a live word count that warns past about thirty seconds of speech. */
export function ShortVersionField({ value, readOnly, error, onChange, onPaste }: ShortVersionFieldProps) {
  const words = wordCount(value)
  const long = words > SHORT_VERSION_WORDS
  return (
    <div className="short-version">
      <TextArea
        id="story-short-version"
        label="30-second version"
        hint="The story as you would tell it in half a minute: the stake, what you did, the result."
        value={value}
        error={error}
        readOnly={readOnly}
        onChange={onChange}
        onPaste={onPaste}
      />
      <p className={`short-version-count${long ? ' is-long' : ''}`}>
        {words} {words === 1 ? 'word' : 'words'}
        {!long && ` of about ${SHORT_VERSION_WORDS}`}
        {/* Announced once when it appears, not at every word typed. */}
        <span role="status">
          {long ? ` — over ${SHORT_VERSION_WORDS}: longer than 30 seconds to say. Cut to the result.` : ''}
        </span>
      </p>
    </div>
  )
}
