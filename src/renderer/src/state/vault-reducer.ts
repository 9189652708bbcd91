import type { VaultSnapshot } from '../../../shared/contract/vault'
import type { Settings, Story } from '../../../shared/story/schema'

export const VIEWS = [
  'stories',
  'matrix',
  'sheets',
  'questions',
  'practice',
  'loops',
  'backups',
  'trash',
] as const
export type View = (typeof VIEWS)[number]

/**
 * Something other than a story delete that Ctrl/Cmd+Z (or the toast's Undo) takes back, e.g. removing a
 * question. `run` puts it back and resolves false when it could not (it has reported why).
 */
export interface UndoAction {
  kind: 'action'
  id: string
  /** What was done, for the toast: "Removed the question “…”". */
  label: string
  run(): Promise<boolean>
}

/** One step of the app's undo: a story deleted in this session, or another undoable action. */
export type UndoStep = { kind: 'story'; story: Story } | UndoAction

export interface VaultState {
  snapshot: VaultSnapshot | null
  loading: boolean
  /** A failed call, written for a person. */
  error: string | null
  view: View
  selectedId: string | null
  /**
   * Stories deleted in this session and other undoable actions, newest last: Ctrl/Cmd+Z takes them back
   * one by one, however long ago (the toast only offers the newest, for a while).
   */
  undo: UndoStep[]
  /** The undo toast is showing (it hides after a while; undo keeps working). */
  undoOffered: boolean
  /** Bumped when stories are replaced from outside the editor (reload, restore), so editors re-read them. */
  revision: number
  /**
   * The vault file changed outside this window and main refuses writes until the person chooses
   * which version to keep (set by the change event when edits are pending, or by a 'conflict' save).
   */
  externalChange: boolean
}

export type VaultAction =
  | { type: 'loading' }
  /** `keepEditors`: the snapshot is this window's own version (keep mine), so open editors stay as they are. */
  | { type: 'loaded'; snapshot: VaultSnapshot; keepEditors?: boolean }
  /** pending: true when main blocks writes until the person chooses; false once they have. */
  | { type: 'external-change'; pending: boolean }
  /** Unsaved edits were dropped: editors start again from the stories as saved. */
  | { type: 'edits-discarded' }
  | { type: 'failed'; message: string }
  | { type: 'clear-error' }
  /** `reread`: changed outside its editor (e.g. an undo), so an open editor shows it again. */
  | { type: 'story-saved'; story: Story; reread?: boolean }
  | { type: 'story-deleted'; story: Story }
  /** `fromId`: the id it was deleted under, when it came back under a new one (the old was taken). */
  | { type: 'story-restored'; story: Story; fromId?: string }
  | { type: 'dismiss-undo' }
  | { type: 'undo-offered'; step: UndoAction }
  /** The action was taken back (or can no longer be): it leaves the undo steps. */
  | { type: 'undo-settled'; id: string }
  | { type: 'settings-updated'; settings: Settings }
  | { type: 'select'; id: string | null }
  | { type: 'set-view'; view: View }

const MAX_UNDO = 20

/** What the next undo takes back. */
export function nextUndo(state: VaultState): UndoStep | null {
  return state.undo.at(-1) ?? null
}

/** The story the next undo puts back, when the next undo is a story delete. */
export function lastDeleted(state: VaultState): Story | null {
  const step = nextUndo(state)
  return step?.kind === 'story' ? step.story : null
}

/** The step the undo toast offers to take back, while it shows. */
export function undoOffer(state: VaultState): UndoStep | null {
  return state.undoOffered ? nextUndo(state) : null
}

/** The deleted story the undo toast offers to put back, while it shows. */
export function offeredStory(state: VaultState): Story | null {
  const offer = undoOffer(state)
  return offer?.kind === 'story' ? offer.story : null
}

function withStep(state: VaultState, step: UndoStep): Pick<VaultState, 'undo' | 'undoOffered'> {
  return { undo: [...state.undo, step].slice(-MAX_UNDO), undoOffered: true }
}

function settled(state: VaultState, undo: UndoStep[]): Pick<VaultState, 'undo' | 'undoOffered'> {
  return { undo, undoOffered: state.undoOffered && undo.length > 0 }
}

export const initialVaultState: VaultState = {
  snapshot: null,
  loading: true,
  error: null,
  view: 'stories',
  selectedId: null,
  undo: [],
  undoOffered: false,
  revision: 0,
  externalChange: false,
}

function withStories(state: VaultState, stories: Story[]): VaultState {
  return state.snapshot ? { ...state, snapshot: { ...state.snapshot, stories } } : state
}

/** Puts a story in place of the one with the same id, or at the end when it is new. */
export function upsertStory(stories: readonly Story[], story: Story): Story[] {
  const index = stories.findIndex((s) => s.id === story.id)
  if (index === -1) return [...stories, story]
  const next = stories.slice()
  next[index] = story
  return next
}

export function vaultReducer(state: VaultState, action: VaultAction): VaultState {
  switch (action.type) {
    case 'loading':
      return { ...state, loading: true }
    case 'loaded': {
      const stories = action.snapshot.stories
      const selectedStillThere = stories.some((s) => s.id === state.selectedId)
      return {
        ...state,
        snapshot: action.snapshot,
        loading: false,
        selectedId: selectedStillThere ? state.selectedId : null,
        revision: action.keepEditors ? state.revision : state.revision + 1,
      }
    }
    case 'external-change':
      return { ...state, externalChange: action.pending }
    case 'edits-discarded':
      return { ...state, revision: state.revision + 1 }
    case 'failed':
      return { ...state, loading: false, error: action.message }
    case 'clear-error':
      return { ...state, error: null }
    case 'story-saved': {
      const next = withStories(state, upsertStory(state.snapshot?.stories ?? [], action.story))
      return action.reread ? { ...next, revision: state.revision + 1 } : next
    }
    case 'story-deleted': {
      const stories = (state.snapshot?.stories ?? []).filter((s) => s.id !== action.story.id)
      const selectedId = state.selectedId === action.story.id ? null : state.selectedId
      return {
        ...withStories(state, stories),
        selectedId,
        ...withStep(state, { kind: 'story', story: action.story }),
      }
    }
    case 'story-restored': {
      const next = withStories(state, upsertStory(state.snapshot?.stories ?? [], action.story))
      const from = action.fromId ?? action.story.id
      const undo = state.undo.filter((step) => step.kind !== 'story' || step.story.id !== from)
      return {
        ...next,
        ...settled(state, undo),
        selectedId: action.story.id,
        revision: state.revision + 1,
      }
    }
    case 'dismiss-undo':
      return { ...state, undoOffered: false }
    case 'undo-offered':
      return { ...state, ...withStep(state, action.step) }
    case 'undo-settled': {
      const undo = state.undo.filter((step) => step.kind !== 'action' || step.id !== action.id)
      return { ...state, ...settled(state, undo) }
    }
    case 'settings-updated':
      return state.snapshot ? { ...state, snapshot: { ...state.snapshot, settings: action.settings } } : state
    case 'select':
      return { ...state, selectedId: action.id }
    case 'set-view':
      return { ...state, view: action.view }
  }
}
