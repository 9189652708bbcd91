import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
} from 'react'
import type { ReactNode } from 'react'
import type { ArgsOf, Result, StoryVaultBridge } from '../../../shared/contract'
import type { VaultSnapshot } from '../../../shared/contract/vault'
import { emptyStoryFields } from '../../../shared/story/schema'
import type { Settings, Story } from '../../../shared/story/schema'
import type { StoryForm } from '../features/stories/story-form'
import { TypeAhead } from './type-ahead'
import { useExternalChange, type EditSession } from './use-external-change'
import { UnsavedEdits } from './unsaved-edits'
import { useLeaveWarning } from './use-leave-warning'
import { initialVaultState, nextUndo, offeredStory, undoOffer, vaultReducer } from './vault-reducer'
import type { UndoStep, View } from './vault-reducer'

/** Every story field, plus the id when the story already exists. */
export type StoryDraft = ArgsOf<'stories:save'>[0]

export type { EditSession }

export interface VaultApi {
  bridge: StoryVaultBridge
  snapshot: VaultSnapshot | null
  stories: Story[]
  settings: Settings
  loading: boolean
  /** The last failed call, in plain words; null when all is well. */
  error: string | null
  reportError(message: string): void
  clearError(): void
  view: View
  setView(view: View): void
  selectedId: string | null
  /** Selects a story and shows it in the stories view. Pass null to clear the selection. */
  openStory(id: string | null): void
  saveStory(draft: StoryDraft): Promise<Result<Story>>
  /**
   * Takes in a story another channel changed and returned (e.g. practice linking a question).
   * `reread`: its open editor shows it again (only after flushEdits, or typed text would be dropped).
   */
  storyChanged(story: Story, options?: { reread?: boolean }): void
  /** Creates an "Untitled story" and opens it. */
  newStory(): Promise<Result<Story>>
  deleteStory(id: string): Promise<Result<Story>>
  /** The story the undo toast offers to put back, while it shows. */
  lastDeleted: Story | null
  /** What the undo toast offers to take back (a deleted story or another action), while it shows. */
  undoOffer: UndoStep | null
  /**
   * Takes back the newest undoable step of this session (again for the one before): puts a deleted
   * story back from "Recently deleted", or runs another action's undo.
   */
  undo(): Promise<void>
  /**
   * Makes an action undoable with Ctrl/Cmd+Z and the toast. `run` puts things back and returns the
   * result of that call (a failure is reported like any other).
   */
  offerUndo(label: string, run: () => Promise<Result<unknown>>): void
  /** Puts a story back from "Recently deleted" (under a new id if its id is taken) and opens it. */
  restoreDeleted(id: string): Promise<Result<Story>>
  dismissUndo(): void
  updateSettings(partial: Partial<Settings>): Promise<Result<Settings>>
  /** Replace everything with a snapshot another feature obtained (reload, restore, import). */
  refresh(snapshot: VaultSnapshot): void
  /** Re-read the vault through 'vault:open'. */
  reopen(): Promise<void>
  start(mode: 'demo' | 'empty'): Promise<Result<VaultSnapshot>>
  restoreLatestBackup(): Promise<Result<VaultSnapshot>>
  /** Increases whenever stories were replaced from outside the editor; editors re-read on change. */
  revision: number
  /** The open editor registers its pending edits; deletes, restores and reloads flush them first. */
  setEditSession(session: EditSession | null): void
  flushEdits(): Promise<void>
  /** Typed story forms not yet confirmed as saved, by story id (they outlive the editor). */
  unsavedForms: UnsavedEdits<StoryForm>
  /** True when something typed here is not saved yet (pending, saving, or failed). */
  hasUnsavedEdits(): boolean
  /**
   * Drops every unsaved edit; only for when the person chose to (e.g. "Load the new version").
   * Resolves once a save already in flight has settled.
   */
  discardEdits(): Promise<void>
  /** The vault changed outside this window and writes wait for the person's choice. */
  externalChange: boolean
  /** Notes an outside change that needs the person's choice (shown by the external-change banner). */
  flagExternalChange(): void
  /** Loads the version on disk. Pass discard: true only after the person chose to drop their edits. */
  loadFromDisk(options: { discard: boolean }): Promise<Result<VaultSnapshot>>
  /** Keeps this window's version (theirs becomes a backup in main), then saves the pending edits. */
  keepMine(): Promise<Result<VaultSnapshot>>
  /** Keys typed while a new story is being created, for its title field to take. */
  takeTypeAhead(): string
}

const VaultContext = createContext<VaultApi | null>(null)
const DEFAULT_SETTINGS: Settings = { targetLevel: 'staff' }

export function VaultProvider({ bridge, children }: { bridge: StoryVaultBridge; children: ReactNode }) {
  const [state, dispatch] = useReducer(vaultReducer, initialVaultState)
  const session = useRef<EditSession | null>(null)
  const [unsavedForms] = useState(() => new UnsavedEdits<StoryForm>())
  const [typeAhead] = useState(() => new TypeAhead(window))
  // A write main refused because the file changed on disk is a question for the person, not an error.
  const reportFailure = useCallback(<T,>(result: Result<T>): Result<T> => {
    if (result.ok) return result
    if (result.error.code === 'conflict') dispatch({ type: 'external-change', pending: true })
    else dispatch({ type: 'failed', message: result.error.message })
    return result
  }, [])

  const applySnapshot = useCallback(
    (result: Result<VaultSnapshot>): Result<VaultSnapshot> => {
      if (result.ok) dispatch({ type: 'loaded', snapshot: result.value })
      return reportFailure(result)
    },
    [reportFailure],
  )

  const reopen = useCallback(async () => {
    dispatch({ type: 'loading' })
    applySnapshot(await bridge.invoke('vault:open'))
  }, [bridge, applySnapshot])

  useEffect(() => {
    void reopen()
  }, [reopen])

  const flushEdits = useCallback(async () => {
    await session.current?.flush()
  }, [])

  const saveStory = useCallback(
    async (draft: StoryDraft) => {
      const result = await bridge.invoke('stories:save', draft)
      if (result.ok) dispatch({ type: 'story-saved', story: result.value })
      else if (result.error.code === 'conflict') dispatch({ type: 'external-change', pending: true })
      return result
    },
    [bridge],
  )

  const { hasUnsavedEdits, discardEdits, loadFromDisk, keepMine } = useExternalChange({
    bridge,
    dispatch,
    session,
    unsavedForms,
    stories: state.snapshot?.stories,
    flushEdits,
  })

  const storiesNow = useRef<Story[]>([])
  useEffect(() => {
    storiesNow.current = state.snapshot?.stories ?? []
  }, [state.snapshot?.stories])
  const storyIds = useCallback(() => new Set(storiesNow.current.map((s) => s.id)), [])
  useLeaveWarning(unsavedForms, session, storyIds)

  const openStory = useCallback((id: string | null) => {
    dispatch({ type: 'select', id })
    if (id) dispatch({ type: 'set-view', view: 'stories' })
  }, [])

  // A second Ctrl+N (or a double click) while the first story is still being created opens that one.
  const creating = useRef<Promise<Result<Story>> | null>(null)
  const newStory = useCallback(() => {
    creating.current ??= (async () => {
      typeAhead.start()
      await flushEdits()
      const result = reportFailure(await saveStory(emptyStoryFields('Untitled story')))
      if (result.ok) openStory(result.value.id)
      else typeAhead.take()
      return result
    })().finally(() => {
      creating.current = null
    })
    return creating.current
  }, [flushEdits, saveStory, reportFailure, openStory, typeAhead])

  const deleteStory = useCallback(
    async (id: string) => {
      await flushEdits()
      const result = reportFailure(await bridge.invoke('stories:delete', id))
      if (result.ok) {
        unsavedForms.delete(id)
        dispatch({ type: 'story-deleted', story: result.value })
      }
      return result
    },
    [bridge, flushEdits, reportFailure, unsavedForms],
  )

  const restoreDeleted = useCallback(
    async (id: string) => {
      const result = reportFailure(await bridge.invoke('trash:restore', id))
      if (result.ok) dispatch({ type: 'story-restored', story: result.value, fromId: id })
      return result
    },
    [bridge, reportFailure],
  )

  const toUndo = nextUndo(state)
  // One undo at a time: a second Ctrl+Z while the first is on its way must not take it back twice.
  const undoing = useRef(false)
  const undo = useCallback(async () => {
    if (!toUndo || undoing.current) return
    undoing.current = true
    try {
      if (toUndo.kind === 'story') await restoreDeleted(toUndo.story.id)
      else if (await toUndo.run()) dispatch({ type: 'undo-settled', id: toUndo.id })
    } finally {
      undoing.current = false
    }
  }, [toUndo, restoreDeleted])

  const undoIds = useRef(0)
  const offerUndo = useCallback(
    (label: string, run: () => Promise<Result<unknown>>) => {
      undoIds.current += 1
      const id = `undo-${undoIds.current}`
      const step = {
        kind: 'action' as const,
        id,
        label,
        run: async () => {
          const result = await run()
          if (result.ok) return true
          reportFailure(result)
          // Only an outside change (the person chooses a version first) leaves the undo to try again.
          if (result.error.code !== 'conflict') dispatch({ type: 'undo-settled', id })
          return false
        },
      }
      dispatch({ type: 'undo-offered', step })
    },
    [reportFailure],
  )

  const updateSettings = useCallback(
    async (partial: Partial<Settings>) => {
      const result = reportFailure(await bridge.invoke('settings:update', partial))
      if (result.ok) dispatch({ type: 'settings-updated', settings: result.value })
      return result
    },
    [bridge, reportFailure],
  )

  const start = useCallback(
    async (mode: 'demo' | 'empty') => applySnapshot(await bridge.invoke('vault:start', mode)),
    [bridge, applySnapshot],
  )

  const restoreLatestBackup = useCallback(
    async () => applySnapshot(await bridge.invoke('vault:restore-latest-backup')),
    [bridge, applySnapshot],
  )

  // Stable identities, so effects that depend on them run once rather than on every vault change.
  const stable = useMemo(
    () => ({
      reportError: (message: string) => dispatch({ type: 'failed', message }),
      clearError: () => dispatch({ type: 'clear-error' }),
      dismissUndo: () => dispatch({ type: 'dismiss-undo' }),
      setView: (view: View) => dispatch({ type: 'set-view', view }),
      refresh: (snapshot: VaultSnapshot) => dispatch({ type: 'loaded', snapshot }),
      storyChanged: (story: Story, options?: { reread?: boolean }) =>
        dispatch({ type: 'story-saved', story, reread: options?.reread }),
      setEditSession: (next: EditSession | null) => {
        session.current = next
      },
      flagExternalChange: () => dispatch({ type: 'external-change', pending: true }),
      unsavedForms,
      takeTypeAhead: () => typeAhead.take(),
    }),
    [unsavedForms, typeAhead],
  )

  const api = useMemo<VaultApi>(
    () => ({
      ...stable,
      bridge,
      snapshot: state.snapshot,
      stories: state.snapshot?.stories ?? [],
      settings: state.snapshot?.settings ?? DEFAULT_SETTINGS,
      loading: state.loading,
      error: state.error,
      view: state.view,
      selectedId: state.selectedId,
      openStory,
      saveStory,
      newStory,
      deleteStory,
      lastDeleted: offeredStory(state),
      undoOffer: undoOffer(state),
      undo,
      offerUndo,
      restoreDeleted,
      updateSettings,
      reopen,
      start,
      restoreLatestBackup,
      revision: state.revision,
      flushEdits,
      hasUnsavedEdits,
      discardEdits,
      externalChange: state.externalChange,
      loadFromDisk,
      keepMine,
    }),
    [
      stable,
      bridge,
      state,
      openStory,
      saveStory,
      newStory,
      deleteStory,
      undo,
      offerUndo,
      updateSettings,
      reopen,
      start,
      restoreLatestBackup,
      flushEdits,
      restoreDeleted,
      hasUnsavedEdits,
      discardEdits,
      loadFromDisk,
      keepMine,
    ],
  )

  return <VaultContext.Provider value={api}>{children}</VaultContext.Provider>
}

export function useVault(): VaultApi {
  const api = useContext(VaultContext)
  if (!api) throw new Error('useVault() must be used inside <VaultProvider>.')
  return api
}
