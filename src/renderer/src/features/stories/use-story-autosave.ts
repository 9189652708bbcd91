import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Story } from '../../../../shared/story/schema'
import { useVault } from '../../state/vault-context'
import { AutosaveScheduler } from './autosave'
import type { SaveStatus } from './autosave'
import { formFromStory, invalidFields, validateForm } from './story-form'
import type { FormErrors, SaveableFields, StoryForm } from './story-form'

export const AUTOSAVE_DELAY_MS = 600

function sameFields(draft: SaveableFields, story: Story): boolean {
  const saved = story as unknown as Record<string, unknown>
  return Object.entries(draft).every(([key, value]) => JSON.stringify(value) === JSON.stringify(saved[key]))
}

interface PendingSave {
  form: StoryForm
  draft: SaveableFields
  /** The draft holds everything in the form (no invalid field fell back to its saved value). */
  complete: boolean
}

/**
 * The editor's form for one story and its saving: debounced while typing, at once when the editor
 * closes, the window unloads, or another part of the app asks (delete, new story). The form is the
 * person's copy: a save that returns never replaces what they have typed since.
 */
export function useStoryAutosave(story: Story) {
  const { saveStory, setEditSession, reportError, unsavedForms } = useVault()
  const [form, setForm] = useState<StoryForm>(() => unsavedForms.get(story.id) ?? formFromStory(story))
  const [status, setStatus] = useState<SaveStatus>(() =>
    unsavedForms.get(story.id) ? { kind: 'pending' } : { kind: 'idle' },
  )
  const storyId = story.id
  const [scheduler] = useState(
    () =>
      new AutosaveScheduler<PendingSave>({
        delayMs: AUTOSAVE_DELAY_MS,
        save: ({ draft }) => saveStory(draft),
        // A form with invalid text stays unsaved (its valid fields are saved), so leaving can warn.
        onSaved: ({ form: saved, complete }) => {
          if (complete) unsavedForms.settle(storyId, saved)
        },
        onStatus: setStatus,
      }),
  )

  const validation = useMemo(() => validateForm(form, story), [form, story])
  const errors: FormErrors = validation.errors

  const update = useCallback(
    (patch: Partial<StoryForm>) => {
      setForm((previous) => {
        const next = { ...previous, ...patch }
        unsavedForms.set(story.id, next)
        return next
      })
    },
    [story.id, unsavedForms],
  )

  // Each new form is offered to the scheduler: its valid fields are saved even while another field
  // holds text that cannot be (that text stays in the form, marked, and keeps the form unsaved).
  const offered = useRef<StoryForm | null>(null)
  useEffect(() => {
    if (!unsavedForms.get(story.id) || offered.current === form) return
    offered.current = form
    const { draft, complete } = validation
    if (!draft) return
    // Only invalid text changed, and nothing else waits: there is nothing new to save.
    if (!scheduler.hasUnsaved() && sameFields(draft, story)) {
      if (complete) unsavedForms.settle(story.id, form)
      return
    }
    scheduler.change({ form, draft, complete })
  }, [form, validation, scheduler, story, unsavedForms])

  // What cannot be saved, as of the last render, for the editor's goodbye message.
  const invalidNow = useRef<FormErrors>({})
  useEffect(() => {
    invalidNow.current = errors
  }, [errors])

  useEffect(() => {
    const flush = () => scheduler.flush()
    setEditSession({
      flush,
      discard: () => scheduler.discard(),
      storyId,
      atRisk: () =>
        scheduler.status.kind === 'error' ||
        (Object.keys(invalidNow.current).length > 0 && unsavedForms.get(storyId) !== undefined),
    })
    window.addEventListener('beforeunload', flush)
    window.addEventListener('pagehide', flush)
    return () => {
      window.removeEventListener('beforeunload', flush)
      window.removeEventListener('pagehide', flush)
      setEditSession(null)
      // The editor is closing: save now, and if that fails say so where the person will still see it.
      // A 'conflict' is already in front of them as the external-change choice.
      void scheduler.flush().then(() => {
        const status = scheduler.status
        const title = (unsavedForms.get(storyId)?.title ?? '').slice(0, 80) || 'this story'
        const invalid = invalidFields(invalidNow.current)
        if (status.kind === 'error' && status.code !== 'conflict') {
          reportError(
            `Couldn't save “${title}”: ${status.message} Your changes are kept; open the story to try again.`,
          )
        } else if (invalid.length > 0 && unsavedForms.get(storyId)) {
          reportError(
            `“${title}”: ${invalid.map((i) => i.message).join(' ')} The rest is saved; what you typed there is kept here until you fix it or close Story Vault.`,
          )
        }
      })
    }
  }, [scheduler, setEditSession, reportError, storyId, unsavedForms])

  return {
    form,
    update,
    status,
    errors,
    /** Saved, but worth a second look ("Is that right? …") or how a number was read. */
    notes: validation.notes,
    /** The newest fields that pass every check, for features that analyse the story. */
    validFields: validation.draft,
    retry: () => void scheduler.retry(),
    flush: () => scheduler.flush(),
  }
}
