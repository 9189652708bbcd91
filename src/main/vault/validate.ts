import type { z } from 'zod'
import { AppFailure } from '../../shared/contract/result'
import { OwnQuestionSchema, PracticeCardSchema, PracticeEntrySchema } from '../../shared/practice/schema'
import { StorySchema, type Story } from '../../shared/story/schema'
import { LIMITS } from '../../shared/story/limits'
import { formatIssues } from '../../shared/story/format-issues'
import { LoopSchema, MAX_LOOPS } from '../../shared/loops/schema'
import { DeletedStorySchema, VaultDocumentSchema, type VaultDocument } from '../../shared/vault/document'

/**
 * Checks a whole document after a change. Stories, deleted stories, loops, own questions, practice cards
 * and history entries already checked (same object, the store freezes them) are not parsed again, so saving one story or
 * one rating in a vault of 10,000 stories and 50,000 practice entries stays fast.
 */
export class DocumentValidator {
  private readonly checked = new WeakSet<object>()

  remember(doc: VaultDocument): void {
    for (const story of doc.stories) this.checked.add(story)
    for (const list of [doc.trash, doc.loops, doc.ownQuestions, doc.practice?.cards, doc.practice?.history])
      for (const item of list ?? []) this.checked.add(item)
  }

  /** Each item not checked before is parsed on its own; the list's size limit is checked here. */
  private checkList<T>(
    list: unknown,
    schema: z.ZodType<T>,
    what: { label: string; max: number },
    issues: z.core.$ZodIssue[],
    lines: string[],
  ): T[] {
    if (list === undefined) return []
    if (!Array.isArray(list)) throw invalid([`${what.label}: must be a list`])
    if (list.length > what.max) {
      throw new AppFailure(
        'too-large',
        `A vault holds at most ${what.max.toLocaleString('en-US')} ${what.label}. Remove some before adding more.`,
      )
    }
    return list.map((item: unknown, index) => {
      if (typeof item === 'object' && item !== null && this.checked.has(item)) return item as T
      const parsed = schema.safeParse(item)
      if (parsed.success) return parsed.data
      issues.push(...parsed.error.issues)
      lines.push(...formatIssues(parsed.error, `${what.label} ${index + 1}`))
      return item as T
    })
  }

  validate(next: VaultDocument): VaultDocument {
    if (!Array.isArray(next?.stories)) throw invalid(['stories: must be a list'])
    if (next.stories.length > LIMITS.stories) {
      throw new AppFailure(
        'too-large',
        `A vault holds at most ${LIMITS.stories.toLocaleString('en-US')} stories. Remove some before adding more.`,
      )
    }
    const issues: z.core.$ZodIssue[] = []
    const lines: string[] = []
    const stories: Story[] = next.stories.map((story, index) => {
      if (this.checked.has(story)) return story
      const parsed = StorySchema.safeParse(story)
      if (parsed.success) return parsed.data
      issues.push(...parsed.error.issues)
      lines.push(...formatIssues(parsed.error, storyLabel(story, index)))
      return story
    })
    const trash = this.checkList(
      next.trash,
      DeletedStorySchema,
      { label: 'recently deleted stories', max: LIMITS.trash },
      issues,
      lines,
    )
    const loops = this.checkList(next.loops, LoopSchema, { label: 'loops', max: MAX_LOOPS }, issues, lines)
    const ownQuestions = this.checkList(
      next.ownQuestions,
      OwnQuestionSchema,
      { label: 'own questions', max: LIMITS.ownQuestions },
      issues,
      lines,
    )
    const cards = this.checkList(
      next.practice?.cards,
      PracticeCardSchema,
      { label: 'practice cards', max: LIMITS.practiceCards },
      issues,
      lines,
    )
    const history = this.checkList(
      next.practice?.history,
      PracticeEntrySchema,
      { label: 'practice entries', max: LIMITS.practiceEntries },
      issues,
      lines,
    )
    const rest = VaultDocumentSchema.safeParse({
      ...next,
      stories: [],
      trash: [],
      loops: [],
      ownQuestions: [],
      practice: { cards: [], history: [] },
    })
    if (!rest.success) {
      issues.push(...rest.error.issues)
      lines.push(...formatIssues(rest.error))
    }
    if (lines.length || !rest.success) {
      const allTooBig = issues.length > 0 && issues.every((issue) => issue.code === 'too_big')
      if (allTooBig)
        throw new AppFailure('too-large', issues[0]?.message ?? 'That is too large to save.', lines)
      throw invalid(lines)
    }
    const ids = new Set<string>()
    for (const story of stories) {
      if (ids.has(story.id)) throw invalid([`Two stories share the id ${story.id}.`])
      ids.add(story.id)
    }
    return { ...rest.data, stories, trash, loops, ownQuestions, practice: { cards, history } }
  }
}

function storyLabel(story: unknown, index: number): string {
  const title = (story as { title?: unknown } | null)?.title
  return typeof title === 'string' && title.trim()
    ? `Story "${title.trim().slice(0, 60)}"`
    : `Story ${index + 1}`
}

function invalid(details: string[]): AppFailure {
  return new AppFailure(
    'invalid-input',
    'The change was not saved because some fields are not valid.',
    details,
  )
}

/** Refuses a change that drops more than half of four or more stories, unless the person confirmed it. */
export function checkLargeRemoval(before: VaultDocument, after: VaultDocument, allowed: boolean): void {
  const had = before.stories.length
  if (allowed || had < 4) return
  const kept = new Set(after.stories.map((story) => story.id))
  const removed = before.stories.filter((story) => !kept.has(story.id)).length
  if (removed <= had / 2) return
  throw new AppFailure(
    'needs-confirmation',
    `This would remove ${removed} of your ${had} stories. Confirm to go ahead; a backup is kept either way.`,
  )
}

/** Freezes the document so nothing can change the store's copy behind its back. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}
