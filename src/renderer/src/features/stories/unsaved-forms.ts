import type { StoryForm } from './story-form'

/**
 * Edits not yet confirmed as saved, by story id. Lives outside React so that switching stories or views
 * (which unmounts the editor) never drops what was typed: reopening the story shows it again.
 */
const forms = new Map<string, StoryForm>()

export const unsavedForms = {
  get: (id: string): StoryForm | undefined => forms.get(id),
  set: (id: string, form: StoryForm): void => void forms.set(id, form),
  /** Forget a form once exactly that form has been saved (a newer edit keeps its place). */
  settle: (id: string, saved: StoryForm): void => {
    if (forms.get(id) === saved) forms.delete(id)
  },
  clear: (): void => forms.clear(),
}
