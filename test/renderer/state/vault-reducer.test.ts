import { describe, expect, it } from 'vitest'
import {
  initialVaultState,
  lastDeleted,
  undoOffer,
  upsertStory,
  vaultReducer,
} from '../../../src/renderer/src/state/vault-reducer'
import type { VaultState } from '../../../src/renderer/src/state/vault-reducer'
import { makeStory } from '../fake-bridge'

const a = makeStory({ id: 'a', title: 'A' })
const b = makeStory({ id: 'b', title: 'B' })
const loaded: VaultState = vaultReducer(initialVaultState, {
  type: 'loaded',
  snapshot: {
    path: '/v.json',
    health: { kind: 'ok' },
    onboarded: true,
    settings: { targetLevel: 'staff' },
    stories: [a, b],
    sheets: [],
  },
})

describe('vaultReducer', () => {
  it('replaces a saved story in place and appends a new one', () => {
    const edited = { ...a, title: 'A2' }
    expect(upsertStory([a, b], edited).map((s) => s.title)).toEqual(['A2', 'B'])
    expect(upsertStory([a], b).map((s) => s.id)).toEqual(['a', 'b'])
  })

  it('remembers a deleted story, clears its selection, and puts it back on undo', () => {
    const selected = vaultReducer(loaded, { type: 'select', id: 'a' })
    const deleted = vaultReducer(selected, { type: 'story-deleted', story: a })
    expect(deleted.snapshot?.stories.map((s) => s.id)).toEqual(['b'])
    expect(deleted.selectedId).toBeNull()
    expect(lastDeleted(deleted)).toBe(a)
    const restored = vaultReducer(deleted, { type: 'story-restored', story: a })
    expect(restored.snapshot?.stories.map((s) => s.id)).toEqual(['b', 'a'])
    expect(lastDeleted(restored)).toBeNull()
    expect(restored.selectedId).toBe('a')
  })

  it('undoes several deletes newest first, and keeps undo after the offer is dismissed', () => {
    const both = [a, b].reduce(
      (state, story) => vaultReducer(state, { type: 'story-deleted', story }),
      loaded,
    )
    expect(lastDeleted(both)).toBe(b)
    expect(undoOffer(both)).toEqual({ kind: 'story', story: b })
    const one = vaultReducer(both, { type: 'story-restored', story: b })
    expect(lastDeleted(one)).toBe(a)
    const dismissed = vaultReducer(one, { type: 'dismiss-undo' })
    expect(undoOffer(dismissed)).toBeNull()
    expect(lastDeleted(dismissed)).toBe(a)
    const back = vaultReducer(dismissed, { type: 'story-restored', story: { ...a, id: 'a2' }, fromId: 'a' })
    expect(lastDeleted(back)).toBeNull()
    expect(back.selectedId).toBe('a2')
  })

  it('undoes a removal and a delete in the order they were done', () => {
    const run = () => Promise.resolve(true)
    const removed = vaultReducer(loaded, {
      type: 'undo-offered',
      step: { kind: 'action', id: 'u1', label: 'Removed the question “Why us?”', run },
    })
    const both = vaultReducer(removed, { type: 'story-deleted', story: a })
    expect(lastDeleted(both)).toBe(a)
    const restored = vaultReducer(both, { type: 'story-restored', story: a })
    expect(undoOffer(restored)).toMatchObject({ kind: 'action', id: 'u1' })
    expect(lastDeleted(restored)).toBeNull()
    const done = vaultReducer(restored, { type: 'undo-settled', id: 'u1' })
    expect(undoOffer(done)).toBeNull()
    expect(done.undo).toEqual([])
  })

  it('keeps the selection across a reload only if the story is still there', () => {
    const selected = vaultReducer(loaded, { type: 'select', id: 'b' })
    const same = vaultReducer(selected, { type: 'loaded', snapshot: { ...loaded.snapshot!, stories: [b] } })
    expect(same.selectedId).toBe('b')
    expect(same.revision).toBe(selected.revision + 1)
    const gone = vaultReducer(selected, { type: 'loaded', snapshot: { ...loaded.snapshot!, stories: [a] } })
    expect(gone.selectedId).toBeNull()
  })

  it('records failures for a person and clears them', () => {
    const failed = vaultReducer(loaded, { type: 'failed', message: 'The disk is full.' })
    expect(failed.error).toBe('The disk is full.')
    expect(vaultReducer(failed, { type: 'clear-error' }).error).toBeNull()
  })

  it('tracks an outside change until the person chooses, and keeps editors for "keep mine"', () => {
    const flagged = vaultReducer(loaded, { type: 'external-change', pending: true })
    expect(flagged.externalChange).toBe(true)
    // Reopening does not resolve it: main still refuses writes until the choice.
    const reopened = vaultReducer(flagged, { type: 'loaded', snapshot: loaded.snapshot! })
    expect(reopened.externalChange).toBe(true)
    const kept = vaultReducer(flagged, { type: 'loaded', snapshot: loaded.snapshot!, keepEditors: true })
    expect(kept.revision).toBe(flagged.revision)
    expect(vaultReducer(kept, { type: 'external-change', pending: false }).externalChange).toBe(false)
  })

  it('makes editors start again from the saved stories when edits are discarded', () => {
    expect(vaultReducer(loaded, { type: 'edits-discarded' }).revision).toBe(loaded.revision + 1)
  })
})
