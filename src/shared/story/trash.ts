import type { DeletedStory } from '../vault/document'
import { LIMITS } from './limits'
import type { Story } from './schema'

/** How long "Recently deleted" keeps a story before it goes for good. */
export const TRASH_DAYS = 30
const TRASH_MS = TRASH_DAYS * 24 * 60 * 60 * 1000

interface WithTrash {
  stories: Story[]
  trash: DeletedStory[]
}

/** Drops what was deleted more than 30 days ago. Returns the same object when nothing expired. */
export function purgeExpired<T extends WithTrash>(doc: T, now: Date): T {
  const cutoff = now.getTime() - TRASH_MS
  const kept = doc.trash.filter((item) => Date.parse(item.deletedAt) > cutoff)
  return kept.length === doc.trash.length ? doc : { ...doc, trash: kept }
}

/** Newest first: the order "Recently deleted" lists them in. */
export function trashNewestFirst(trash: readonly DeletedStory[]): DeletedStory[] {
  return [...trash].sort((a, b) => b.deletedAt.localeCompare(a.deletedAt))
}

/**
 * Takes the story out of the list and into the trash, in one change. When the trash is full the
 * oldest entries make room (the limit is far beyond 30 days of anyone's deleting).
 */
export function moveToTrash<T extends WithTrash>(
  doc: T,
  id: string,
  now: Date,
): { doc: T; deleted: Story } | null {
  const story = doc.stories.find((s) => s.id === id)
  if (!story) return null
  const entry: DeletedStory = { story, deletedAt: now.toISOString() }
  const trash = [...doc.trash, entry].slice(-LIMITS.trash)
  return { doc: { ...doc, stories: doc.stories.filter((s) => s !== story), trash }, deleted: story }
}

/** The newest trash entry for a story id (an id can be there twice if a story was imported again). */
function findEntry(trash: readonly DeletedStory[], id: string): DeletedStory | undefined {
  return trashNewestFirst(trash.filter((item) => item.story.id === id))[0]
}

/**
 * Puts a deleted story back. If its id is taken meanwhile (a story imported or restored with the same
 * id), it comes back under `freshId()` so neither is lost.
 */
export function restoreFromTrash<T extends WithTrash>(
  doc: T,
  id: string,
  freshId: () => string,
): { doc: T; restored: Story } | null {
  const entry = findEntry(doc.trash, id)
  if (!entry) return null
  const taken = doc.stories.some((s) => s.id === id)
  const restored = taken ? { ...entry.story, id: freshId() } : entry.story
  return {
    doc: { ...doc, stories: [...doc.stories, restored], trash: doc.trash.filter((item) => item !== entry) },
    restored,
  }
}

/** Deletes one story for good (all its entries), or with no id the whole trash. */
export function deleteForever<T extends WithTrash>(doc: T, id?: string): T {
  return { ...doc, trash: id === undefined ? [] : doc.trash.filter((item) => item.story.id !== id) }
}
