import { StoryFieldsSchema, type Story, type StoryFields } from '../story/schema'
import type { VaultDocument } from '../vault/document'
import { TEXT_FIELDS } from './fields'
import type { ImportedStory } from './types'

/*
 * How imported stories meet the vault:
 * - same id as a story in the vault (our own backups and exports carry ids) → that story is updated,
 *   or skipped when nothing differs;
 * - otherwise the same title and situation as a story already in the vault, or earlier in the same
 *   import (compared ignoring case, spacing and line endings) → skipped as a duplicate;
 * - otherwise added, keeping the file's id when it is free.
 * Importing the same file twice therefore changes nothing the second time.
 */
export type PlanAction = 'add' | 'update' | 'skip'

export interface PlanEntry {
  action: PlanAction
  /** Why it is skipped or updated, in words. */
  reason: string
  /** The vault story that is updated (update) or already holds it (skip). */
  existingId?: string
}

export interface ImportPlan {
  entries: PlanEntry[]
  added: number
  updated: number
  skipped: number
}

function duplicateKey(story: Pick<StoryFields, 'title' | 'situation'>): string {
  const norm = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim()
  return `${norm(story.title)}\u0000${norm(story.situation)}`
}

function fieldsOf(story: StoryFields): StoryFields {
  return StoryFieldsSchema.parse(story)
}

/** Equal for the person: text compared without edge whitespace or line-ending style (Markdown drops those). */
function sameFields(a: StoryFields, b: StoryFields): boolean {
  const comparable = (story: StoryFields) => {
    const fields: Record<string, unknown> = { ...fieldsOf(story) }
    for (const key of TEXT_FIELDS) fields[key] = String(fields[key]).replace(/\r\n?/g, '\n').trim()
    return JSON.stringify(fields)
  }
  return comparable(a) === comparable(b)
}

export function planImport(existing: readonly Story[], incoming: readonly ImportedStory[]): ImportPlan {
  const byId = new Map(existing.map((s) => [s.id, s]))
  const byKey = new Map(existing.map((s) => [duplicateKey(s), s.id]))
  const seenInFile = new Set<string>()
  const updatedIds = new Set<string>()
  const entries = incoming.map((story): PlanEntry => {
    const key = duplicateKey(story)
    const match = story.id ? byId.get(story.id) : undefined
    if (match && !updatedIds.has(match.id)) {
      updatedIds.add(match.id)
      seenInFile.add(key)
      return sameFields(match, story)
        ? { action: 'skip', reason: 'Already in your vault, unchanged.', existingId: match.id }
        : { action: 'update', reason: 'Updates the story with the same id.', existingId: match.id }
    }
    const existingId = byKey.get(key)
    if (existingId)
      return { action: 'skip', reason: 'Already in your vault (same title and situation).', existingId }
    if (seenInFile.has(key)) return { action: 'skip', reason: 'Appears twice in this import.' }
    seenInFile.add(key)
    return { action: 'add', reason: 'New story.' }
  })
  const count = (action: PlanAction) => entries.filter((e) => e.action === action).length
  return { entries, added: count('add'), updated: count('update'), skipped: count('skip') }
}

export interface ApplyContext {
  newId(): string
  now: string
}

/** The vault after the import; also returns the ids of the stories it added, in file order. */
export function applyImport(
  doc: VaultDocument,
  incoming: readonly ImportedStory[],
  context: ApplyContext,
): { doc: VaultDocument; plan: ImportPlan; addedIds: string[] } {
  const plan = planImport(doc.stories, incoming)
  const usedIds = new Set(doc.stories.map((s) => s.id))
  const byId = new Map(doc.stories.map((s) => [s.id, s]))
  const replacements = new Map<string, Story>()
  const added: Story[] = []
  plan.entries.forEach((entry, index) => {
    const story = incoming[index]
    if (!story || entry.action === 'skip') return
    const { id, createdAt, ...rest } = story
    const fields = fieldsOf(rest)
    if (entry.action === 'update' && entry.existingId) {
      const old = byId.get(entry.existingId)
      if (old)
        replacements.set(old.id, { ...fields, id: old.id, createdAt: old.createdAt, updatedAt: context.now })
      return
    }
    let newId = id && !usedIds.has(id) ? id : context.newId()
    while (usedIds.has(newId)) newId = context.newId()
    usedIds.add(newId)
    added.push({ ...fields, id: newId, createdAt: createdAt ?? context.now, updatedAt: context.now })
  })
  const stories = [...doc.stories.map((s) => replacements.get(s.id) ?? s), ...added]
  return { doc: { ...doc, stories }, plan, addedIds: added.map((s) => s.id) }
}
