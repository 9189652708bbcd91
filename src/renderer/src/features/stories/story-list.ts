import type { Story } from '../../../../shared/story/schema'
import { normalize } from '../../../../shared/text/tokenize'

export const STORY_SORTS = ['updated', 'title', 'year'] as const
export type StorySort = (typeof STORY_SORTS)[number]

export const SORT_LABELS: Record<StorySort, string> = {
  updated: 'Recently updated',
  title: 'Title A–Z',
  year: 'Year, newest first',
}

export interface StoryFilter {
  text: string
  /** A competency id, or '' for any. */
  competency: string
  /** A tag, or '' for any. */
  tag: string
}

export const NO_FILTER: StoryFilter = { text: '', competency: '', tag: '' }

export function isFiltering(filter: StoryFilter): boolean {
  return filter.text.trim() !== '' || filter.competency !== '' || filter.tag !== ''
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })

const byUpdated = (a: Story, b: Story) =>
  a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : collator.compare(a.title, b.title)
const byTitle = (a: Story, b: Story) => collator.compare(a.title, b.title) || byUpdated(a, b)
/** Newest year first; stories without a year go last. */
const byYear = (a: Story, b: Story) => {
  if (a.year === b.year) return byUpdated(a, b)
  if (a.year === null) return 1
  if (b.year === null) return -1
  return b.year - a.year
}
const COMPARATORS: Record<StorySort, (a: Story, b: Story) => number> = {
  updated: byUpdated,
  title: byTitle,
  year: byYear,
}

export function sortStories(stories: readonly Story[], sort: StorySort): Story[] {
  return stories.slice().sort(COMPARATORS[sort])
}

// Stories are immutable snapshots, so each one's searchable text is computed once and kept while it lives.
const haystacks = new WeakMap<Story, string>()

function haystackOf(story: Story): string {
  let text = haystacks.get(story)
  if (text === undefined) {
    text = normalize(
      [
        story.title,
        story.company,
        story.role,
        story.year ?? '',
        story.tags.join(' '),
        story.situation,
        story.task,
        story.action,
        story.result,
        story.learnings,
        story.metrics.join(' '),
      ].join('\n'),
    )
    haystacks.set(story, text)
  }
  return text
}

/** Keeps the order it is given. Every word of the text filter must appear somewhere in the story. */
export function filterStories(stories: readonly Story[], filter: StoryFilter): Story[] {
  const words = normalize(filter.text).split(' ').filter(Boolean)
  const tag = filter.tag.toLowerCase()
  return stories.filter(
    (story) =>
      (!filter.competency || story.competencies.includes(filter.competency)) &&
      (!tag || story.tags.some((t) => t.toLowerCase() === tag)) &&
      (words.length === 0 || words.every((word) => haystackOf(story).includes(word))),
  )
}

/** Every tag in use, most used first, spelled as first seen. */
export function tagsInUse(stories: readonly Story[]): Array<{ tag: string; count: number }> {
  const counts = new Map<string, { tag: string; count: number }>()
  for (const story of stories) {
    for (const tag of story.tags) {
      const key = tag.toLowerCase()
      const entry = counts.get(key)
      if (entry) entry.count += 1
      else counts.set(key, { tag, count: 1 })
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || collator.compare(a.tag, b.tag))
}

/** "12 stories", "Showing 3 of 12 stories". */
export function countLabel(shown: number, total: number): string {
  const noun = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'story' : 'stories'}`
  return shown === total ? noun(total) : `Showing ${shown.toLocaleString('en-US')} of ${noun(total)}`
}
