import { useState } from 'react'
import type { KeyboardEvent } from 'react'
import { LIMITS, limitMessage } from '../../../../shared/story/limits'

interface TagInputProps {
  tags: string[]
  onChange(tags: string[]): void
  readOnly: boolean
  error?: string | undefined
}

/** Tags as removable chips; Enter or a comma adds what was typed. */
export function TagInput({ tags, onChange, readOnly, error }: TagInputProps) {
  const [text, setText] = useState('')
  const [problem, setProblem] = useState<string | null>(null)

  const add = () => {
    const tag = text.trim().replace(/,+$/, '').trim()
    if (!tag) return
    if (tag.length > LIMITS.tag) return setProblem(limitMessage('A tag', LIMITS.tag))
    if (tags.length >= LIMITS.listItems) return setProblem(`A story can have up to ${LIMITS.listItems} tags.`)
    setProblem(null)
    setText('')
    if (!tags.some((t) => t.toLowerCase() === tag.toLowerCase())) onChange([...tags, tag])
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault()
      add()
    } else if (event.key === 'Backspace' && text === '' && tags.length > 0) {
      onChange(tags.slice(0, -1))
    }
  }

  const message = problem ?? error
  return (
    <div className={message ? 'field field-invalid' : 'field'}>
      <label htmlFor="story-tags">Tags</label>
      <div className="chip-input">
        <ul className="chip-list" aria-label="Tags on this story">
          {tags.map((tag) => (
            <li key={tag} className="chip">
              {tag}
              {!readOnly && (
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={`Remove tag ${tag}`}
                  onClick={() => onChange(tags.filter((t) => t !== tag))}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
        {!readOnly && (
          <input
            id="story-tags"
            type="text"
            value={text}
            placeholder={tags.length ? 'Add a tag' : 'e.g. migration, hiring, on-call'}
            aria-describedby={message ? 'story-tags-error' : 'story-tags-hint'}
            aria-invalid={message ? true : undefined}
            onChange={(event) => {
              setText(event.target.value)
              setProblem(null)
            }}
            onKeyDown={onKeyDown}
            onBlur={add}
          />
        )}
      </div>
      <p className="field-hint" id="story-tags-hint">
        Press Enter or type a comma to add a tag.
      </p>
      {message && (
        <p className="field-error" id="story-tags-error" role="alert">
          {message}
        </p>
      )}
    </div>
  )
}
