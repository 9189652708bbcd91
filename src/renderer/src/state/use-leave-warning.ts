import { useEffect } from 'react'
import type { RefObject } from 'react'
import type { EditSession } from './use-external-change'
import type { UnsavedEdits } from './unsaved-edits'

/**
 * True when leaving now would lose typed text: a story other than the open one still holds edits
 * (kept because they could not be saved), or the open editor cannot save all of its own. Edits that
 * are merely waiting for the typing pause are not counted: the editor saves them on the way out.
 */
export function workAtRisk(
  unsavedForms: UnsavedEdits<unknown>,
  session: EditSession | null,
  storyIds: ReadonlySet<string>,
): boolean {
  const others = unsavedForms.ids().some((id) => storyIds.has(id) && id !== session?.storyId)
  return others || (session?.atRisk?.() ?? false)
}

/**
 * Asks before the page goes away with text that cannot be saved (browser: the browser's "Leave
 * site?" prompt; Electron: main turns the refused unload into its own question, see unload-prompt).
 */
export function useLeaveWarning(
  unsavedForms: UnsavedEdits<unknown>,
  session: RefObject<EditSession | null>,
  storyIds: () => ReadonlySet<string>,
): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!workAtRisk(unsavedForms, session.current, storyIds())) return
      event.preventDefault()
      // Older Chromium (and Electron) still look at returnValue.
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [unsavedForms, session, storyIds])
}
