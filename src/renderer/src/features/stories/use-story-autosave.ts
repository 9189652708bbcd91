import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Story } from '../../../../shared/story/schema'
import { useVault } from '../../state/vault-context'
import { AutosaveScheduler } from './autosave'
import type { SaveStatus } from './autosave'
import { firstError, formFromStory, validateForm } from './story-form'
import type { FormErrors, SaveableFields, StoryForm } from './story-form'

export const AUTOSAVE_DELAY_MS = 600

interface PendingSave {
  form: StoryForm
  draft: SaveableFields
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
        onSaved: ({ form: saved }) => unsavedForms.settle(storyId, saved),
        onStatus: setStatus,
      }),
  )

  const validation = useMemo(() => validateForm(form, story.id), [form, story.id])
  const errors: FormErrors = validation.ok ? {} : validation.errors

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

  // Each new form is offered to the scheduler once it is valid; invalid forms wait in memory.
  const offered = useRef<StoryForm | null>(null)
  useEffect(() => {
    if (!unsavedForms.get(story.id) || offered.current === form) return
    offered.current = form
    if (validation.ok) scheduler.change({ form, draft: validation.draft })
  }, [form, validation, scheduler, story.id, unsavedForms])

  useEffect(() => {
    const flush = () => scheduler.flush()
    setEditSession({ flush, discard: () => scheduler.discard() })
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
        if (status.kind !== 'error' || status.code === 'conflict') return
        const title = (unsavedForms.get(storyId)?.title ?? '').slice(0, 80) || 'this story'
        reportError(
          `Couldn't save “${title}”: ${status.message} Your changes are kept; open the story to try again.`,
        )
      })
    }
  }, [scheduler, setEditSession, reportError, storyId, unsavedForms])

  return {
    form,
    update,
    status,
    errors,
    invalidMessage: firstError(errors),
    /** The newest fields that pass every check, for features that analyse the story. */
    validFields: validation.ok ? validation.draft : null,
    retry: () => void scheduler.retry(),
    flush: () => scheduler.flush(),
  }
}
