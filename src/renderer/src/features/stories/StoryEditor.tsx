import { useLayoutEffect, useMemo, useRef, useState } from 'react'
import { REACH_LEVELS } from '../../../../shared/story/levels'
import type { Reach } from '../../../../shared/story/levels'
import type { Story, StoryFields } from '../../../../shared/story/schema'
import { ErrorBoundary } from '../../components/ErrorBoundary'
import { useVault } from '../../state/vault-context'
import { StoryInsights } from '../insights/StoryInsights'
import { StoryPractice } from '../practice/StoryPractice'
import { CompetencyPicker } from './CompetencyPicker'
import { Field, TextArea, TextInput } from './fields'
import { SaveStatusLine } from './SaveStatusLine'
import { invalidFields, formPatchFromFields } from './story-form'
import { FIELD_LABELS } from './story-form'
import type { FormField, StoryForm } from './story-form'
import { usePasteGuard } from './use-paste-guard'
import { TagInput } from './TagInput'
import { useStoryAutosave } from './use-story-autosave'

export const STORY_TITLE_ID = 'story-title'

const REACH_LABELS: Record<Reach, string> = {
  individual: 'My own work',
  team: 'My team',
  'multi-team': 'Several teams',
  org: 'Whole organisation',
  company: 'Whole company',
  industry: 'Beyond the company',
}

const STAR_FIELDS = [
  { field: 'situation', label: 'Situation', hint: 'Where and when; what was at stake.' },
  { field: 'task', label: 'Task', hint: 'What you had to achieve, and why it fell to you.' },
  { field: 'action', label: 'Action', hint: 'What you did — say “I”, name the judgment calls.' },
  { field: 'result', label: 'Result', hint: 'What changed, with numbers where you have them.' },
  { field: 'learnings', label: 'Learnings', hint: 'What you would keep or do differently.' },
] as const

/** The element that edits a form field, for "Go to …" and for announcing a field left invalid. */
export function fieldElementId(field: FormField): string {
  return field === 'durationWeeks' ? 'story-duration' : `story-${field}`
}

function fieldOfElement(element: EventTarget | null): FormField | null {
  const id = (element as HTMLElement | null)?.id ?? ''
  if (id === 'story-duration') return 'durationWeeks'
  return id.startsWith('story-') ? (id.slice('story-'.length) as FormField) : null
}

/** Scrolls a field (with its message) into view below the sticky status line, and focuses it. */
function showField(field: FormField): void {
  const element = document.getElementById(fieldElementId(field))
  if (!element) return
  element.focus({ preventScroll: true })
  // jsdom (unit tests) has no scrollIntoView.
  const box = element.closest('.field')
  if (box && typeof box.scrollIntoView === 'function') box.scrollIntoView({ block: 'nearest' })
}

function isFreshStory(story: Story): boolean {
  return story.title === 'Untitled story' && story.createdAt === story.updatedAt
}

export function StoryEditor({ story }: { story: Story }) {
  const vault = useVault()
  const readOnly = vault.snapshot?.health.kind === 'read-only'
  const { form, update, status, errors, notes, validFields, retry, flush } = useStoryAutosave(story)
  // Said once when a person leaves a field whose text cannot be saved (not on every keystroke).
  const [announcement, setAnnouncement] = useState('')
  const titleInput = useRef<HTMLTextAreaElement>(null)
  const paste = usePasteGuard()
  const errorOf = (field: FormField) => paste.noticeFor(field) ?? errors[field]
  const edit = (patch: Partial<StoryForm>) => {
    for (const field of Object.keys(patch) as FormField[]) paste.clear(field)
    update(patch)
  }

  // A just-created story opens with its title focused and the placeholder selected, before the first
  // paint, so typing replaces it; keys typed while it was being created are put in straight away.
  const [freshOnOpen] = useState(() => isFreshStory(story))
  const takeTypeAhead = vault.takeTypeAhead
  // Once per editor: StrictMode's second effect run would otherwise select what was just typed.
  const focusedOnOpen = useRef(false)
  useLayoutEffect(() => {
    const title = titleInput.current
    if (!freshOnOpen || !title || focusedOnOpen.current) return
    focusedOnOpen.current = true
    title.focus()
    title.select()
    const typed = takeTypeAhead()
    // insertText keeps the browser's undo history; where it is unsupported, set the value directly.
    if (!typed) return
    const inserted =
      typeof document.execCommand === 'function' && document.execCommand('insertText', false, typed)
    if (!inserted) update({ title: typed })
  }, [freshOnOpen, takeTypeAhead, update])

  // Analysis features see the newest valid fields, never an oversized paste.
  const insightsStory = useMemo(() => validFields ?? story, [validFields, story])
  const onInsightsChange = (fields: Partial<StoryFields>) => update(formPatchFromFields(fields))

  return (
    // Leaving a field saves at once rather than after the typing pause.
    <article
      className="editor"
      aria-labelledby="editor-heading"
      onBlur={(event) => {
        void flush()
        const field = fieldOfElement(event.target)
        const message = field ? errors[field] : undefined
        setAnnouncement(message ? `${FIELD_LABELS[field as FormField]} is not saved: ${message}` : '')
      }}
    >
      <h2 id="editor-heading" className="visually-hidden">
        Edit story
      </h2>
      <p className="visually-hidden" aria-live="assertive" data-testid="editor-announcer">
        {announcement}
      </p>
      <div className="editor-topline">
        <SaveStatusLine
          status={status}
          invalid={invalidFields(errors)}
          readOnly={readOnly}
          waitingForChoice={vault.externalChange}
          onRetry={retry}
          onShowField={showField}
        />
        {!readOnly && (
          <button type="button" className="danger-button" onClick={() => void vault.deleteStory(story.id)}>
            Delete story
          </button>
        )}
      </div>
      <div className={errorOf('title') ? 'field field-invalid title-field' : 'field title-field'}>
        <label htmlFor={STORY_TITLE_ID} className="visually-hidden">
          Title
        </label>
        <textarea
          ref={titleInput}
          id={STORY_TITLE_ID}
          className="title-input"
          rows={1}
          value={form.title}
          readOnly={readOnly}
          placeholder="A short title you will recognise"
          aria-invalid={errorOf('title') ? true : undefined}
          aria-describedby={errorOf('title') ? 'story-title-error' : undefined}
          // A title is one line: pasted line breaks become spaces, Enter moves on to the story.
          onChange={(event) => edit({ title: event.target.value.replace(/\r?\n/g, ' ') })}
          onPaste={paste.guard('title')}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return
            event.preventDefault()
            document.getElementById('story-situation')?.focus()
          }}
        />
        {errorOf('title') && (
          <p className="field-error" id="story-title-error">
            {errorOf('title')}
          </p>
        )}
      </div>

      <section className="editor-section" aria-label="The story">
        {STAR_FIELDS.map(({ field, label, hint }) => (
          <TextArea
            key={field}
            id={`story-${field}`}
            label={label}
            hint={hint}
            value={form[field]}
            error={errorOf(field)}
            readOnly={readOnly}
            onChange={(value) => edit({ [field]: value })}
            onPaste={paste.guard(field)}
          />
        ))}
      </section>

      <StoryPractice
        storyId={story.id}
        shortVersion={form.shortVersion}
        questions={form.questions}
        readOnly={readOnly}
        shortVersionError={errorOf('shortVersion')}
        onChange={edit}
        onPaste={paste.guard('shortVersion')}
      />

      <section className="editor-section" aria-label="Competencies and tags">
        <CompetencyPicker
          selected={form.competencies}
          readOnly={readOnly}
          onChange={(competencies) => edit({ competencies })}
        />
        <TagInput
          tags={form.tags}
          readOnly={readOnly}
          error={errorOf('tags')}
          onChange={(tags) => edit({ tags })}
        />
      </section>

      <section className="editor-section" aria-labelledby="context-heading">
        <h3 id="context-heading">Context and scope</h3>
        <div className="field-grid">
          <TextInput
            id="story-company"
            label="Company"
            value={form.company}
            error={errorOf('company')}
            readOnly={readOnly}
            onChange={(company) => edit({ company })}
            onPaste={paste.guard('company')}
          />
          <TextInput
            id="story-role"
            label="Role"
            value={form.role}
            error={errorOf('role')}
            readOnly={readOnly}
            onChange={(role) => edit({ role })}
            onPaste={paste.guard('role')}
          />
          <TextInput
            id="story-year"
            label="Year"
            inputMode="numeric"
            value={form.year}
            error={errorOf('year')}
            note={notes.year}
            readOnly={readOnly}
            onChange={(year) => edit({ year })}
          />
          <TextInput
            id="story-people"
            label="People involved"
            inputMode="numeric"
            value={form.people}
            error={errorOf('people')}
            note={notes.people}
            readOnly={readOnly}
            onChange={(people) => edit({ people })}
          />
          <TextInput
            id="story-teams"
            label="Teams involved"
            inputMode="numeric"
            value={form.teams}
            error={errorOf('teams')}
            note={notes.teams}
            readOnly={readOnly}
            onChange={(teams) => edit({ teams })}
          />
          <TextInput
            id="story-duration"
            label="Duration (weeks)"
            inputMode="numeric"
            value={form.durationWeeks}
            error={errorOf('durationWeeks')}
            note={notes.durationWeeks}
            readOnly={readOnly}
            onChange={(durationWeeks) => edit({ durationWeeks })}
          />
          <Field id="story-reach" label="Reach" error={errorOf('reach')}>
            {(describedBy) => (
              <select
                id="story-reach"
                value={form.reach}
                disabled={readOnly}
                aria-describedby={describedBy}
                onChange={(event) => edit({ reach: event.target.value as Reach | '' })}
              >
                <option value="">Not set</option>
                {REACH_LEVELS.map((reach) => (
                  <option key={reach} value={reach}>
                    {REACH_LABELS[reach]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <TextArea
          id="story-metrics"
          label="Metrics"
          hint="One per line, e.g. “p99 latency 900 ms → 120 ms”."
          value={form.metrics}
          error={errorOf('metrics')}
          readOnly={readOnly}
          onChange={(metrics) => edit({ metrics })}
          onPaste={paste.guard('metrics')}
        />
      </section>

      <ErrorBoundary
        fallback="Suggestions could not be shown for this story. Your writing is not affected."
        resetKey={story.id}
      >
        <StoryInsights story={insightsStory} onChange={onInsightsChange} />
      </ErrorBoundary>
    </article>
  )
}
