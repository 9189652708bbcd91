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

export interface VaultState {
  snapshot: VaultSnapshot | null
  loading: boolean
  /** A failed call, written for a person. */
  error: string | null
  view: View
  selectedId: string | null
  /**
   * Stories deleted in this session, newest last: Ctrl/Cmd+Z puts them back from "Recently deleted"
   * one by one, however long ago (the toast only offers the newest, for a while).
   */
  deleted: Story[]
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
  | { type: 'story-saved'; story: Story }
  | { type: 'story-deleted'; story: Story }
  /** `fromId`: the id it was deleted under, when it came back under a new one (the old was taken). */
  | { type: 'story-restored'; story: Story; fromId?: string }
  | { type: 'dismiss-undo' }
  | { type: 'settings-updated'; settings: Settings }
  | { type: 'select'; id: string | null }
  | { type: 'set-view'; view: View }

const MAX_UNDO = 20

/** The story the next undo puts back. */
export function lastDeleted(state: VaultState): Story | null {
  return state.deleted.at(-1) ?? null
}

/** The story the undo toast offers to put back, while it shows. */
export function undoOffer(state: VaultState): Story | null {
  return state.undoOffered ? lastDeleted(state) : null
}

export const initialVaultState: VaultState = {
  snapshot: null,
  loading: true,
  error: null,
  view: 'stories',
  selectedId: null,
  deleted: [],
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
    case 'story-saved':
      return withStories(state, upsertStory(state.snapshot?.stories ?? [], action.story))
    case 'story-deleted': {
      const stories = (state.snapshot?.stories ?? []).filter((s) => s.id !== action.story.id)
      const selectedId = state.selectedId === action.story.id ? null : state.selectedId
      const deleted = [...state.deleted, action.story].slice(-MAX_UNDO)
      return { ...withStories(state, stories), selectedId, deleted, undoOffered: true }
    }
    case 'story-restored': {
      const next = withStories(state, upsertStory(state.snapshot?.stories ?? [], action.story))
      const from = action.fromId ?? action.story.id
      const deleted = state.deleted.filter((s) => s.id !== from)
      return {
        ...next,
        deleted,
        undoOffered: state.undoOffered && deleted.length > 0,
        selectedId: action.story.id,
        revision: state.revision + 1,
      }
    }
    case 'dismiss-undo':
      return { ...state, undoOffered: false }
    case 'settings-updated':
      return state.snapshot ? { ...state, snapshot: { ...state.snapshot, settings: action.settings } } : state
    case 'select':
      return { ...state, selectedId: action.id }
    case 'set-view':
      return { ...state, view: action.view }
  }
}
