import { useCallback, useEffect, useRef } from 'react'
import type { Dispatch, RefObject } from 'react'
import type { Result, StoryVaultBridge } from '../../../shared/contract'
import { fail } from '../../../shared/contract/result'
import type { VaultSnapshot } from '../../../shared/contract/vault'
import type { Story } from '../../../shared/story/schema'
import type { StoryForm } from '../features/stories/story-form'
import type { UnsavedEdits } from './unsaved-edits'
import type { VaultAction } from './vault-reducer'

/** What the open editor lets the vault do with its pending edits. */
export interface EditSession {
  /** Saves what is pending now; resolves when it has been saved or has failed. */
  flush(): Promise<void>
  /** Drops what is pending for good; resolves once a save already in flight has settled. */
  discard(): Promise<void>
  /** The story the session edits. */
  storyId?: string
  /** True when a flush cannot save everything typed (a field is invalid, or the last save failed). */
  atRisk?(): boolean
}

interface ExternalChangeDeps {
  bridge: StoryVaultBridge
  dispatch: Dispatch<VaultAction>
  session: RefObject<EditSession | null>
  unsavedForms: UnsavedEdits<StoryForm>
  stories: Story[] | undefined
  flushEdits(): Promise<void>
}

/**
 * The vault's side of an outside change to the vault file: what is unsaved here, and the two ways
 * out — load the version on disk (dropping edits only when the person chose to) or keep this one.
 * Each waits for the editor's save in flight first, so no late answer lands on the version chosen.
 */
export function useExternalChange({
  bridge,
  dispatch,
  session,
  unsavedForms,
  stories,
  flushEdits,
}: ExternalChangeDeps) {
  // Event handlers ask "is anything unsaved?" about the stories as they are now, not as last rendered.
  const storiesNow = useRef<Story[]>([])
  useEffect(() => {
    storiesNow.current = stories ?? []
  }, [stories])

  const hasUnsavedEdits = useCallback(() => {
    const ids = new Set(storiesNow.current.map((story) => story.id))
    return unsavedForms.ids().some((id) => ids.has(id))
  }, [unsavedForms])

  const discardEdits = useCallback(async () => {
    unsavedForms.clear()
    const settled = session.current?.discard() ?? Promise.resolve()
    // The editor holding the dropped edits is replaced by one showing the story as saved.
    dispatch({ type: 'edits-discarded' })
    await settled
  }, [unsavedForms, session, dispatch])

  const loadFromDisk = useCallback(
    async ({ discard }: { discard: boolean }): Promise<Result<VaultSnapshot>> => {
      if (discard) await discardEdits()
      else {
        await flushEdits()
        // Typed (and refused) meanwhile: loading now would replace it, so it is the person's choice.
        if (hasUnsavedEdits()) {
          dispatch({ type: 'external-change', pending: true })
          return fail('conflict', 'Some edits are not saved yet: choose which version to keep.')
        }
      }
      const result = await bridge.invoke('vault:reload')
      if (result.ok) {
        dispatch({ type: 'loaded', snapshot: result.value })
        dispatch({ type: 'external-change', pending: false })
      } else dispatch({ type: 'failed', message: result.error.message })
      return result
    },
    [bridge, dispatch, discardEdits, flushEdits, hasUnsavedEdits],
  )

  const keepMine = useCallback(async (): Promise<Result<VaultSnapshot>> => {
    const result = await bridge.invoke('vault:keep-mine')
    if (!result.ok) {
      dispatch({ type: 'failed', message: result.error.message })
      return result
    }
    // Main wrote this window's version back, so open editors keep what they show and have typed.
    dispatch({ type: 'loaded', snapshot: result.value, keepEditors: true })
    dispatch({ type: 'external-change', pending: false })
    await flushEdits()
    return result
  }, [bridge, dispatch, flushEdits])

  return { hasUnsavedEdits, discardEdits, loadFromDisk, keepMine }
}
