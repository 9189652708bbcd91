import { describe, expect, it } from 'vitest'
import {
  countLabel,
  filterStories,
  isFiltering,
  NO_FILTER,
  sortStories,
  tagsInUse,
} from '../../../../src/renderer/src/features/stories/story-list'
import { makeStory } from '../../fake-bridge'

const stories = [
  makeStory({
    id: 'a',
    title: 'Migrated billing to the new ledger',
    year: 2021,
    updatedAt: '2025-03-01T00:00:00.000Z',
    competencies: ['ownership'],
    tags: ['Migration', 'payments'],
    action: 'I split the cut-over into three reversible steps.',
  }),
  makeStory({
    id: 'b',
    title: 'Calmed a conflict between design and platform',
    year: null,
    updatedAt: '2025-05-01T00:00:00.000Z',
    competencies: ['conflict', 'influence'],
    tags: ['migration'],
    company: 'Café Ñandú',
  }),
  makeStory({ id: 'c', title: 'a11y audit', year: 2023, updatedAt: '2025-04-01T00:00:00.000Z' }),
]
const ids = (list: { id: string }[]) => list.map((s) => s.id)

describe('sortStories', () => {
  it('puts the most recently updated first', () => {
    expect(ids(sortStories(stories, 'updated'))).toEqual(['b', 'c', 'a'])
  })
  it('sorts titles alphabetically regardless of case', () => {
    expect(ids(sortStories(stories, 'title'))).toEqual(['c', 'b', 'a'])
  })
  it('puts the newest year first and stories without a year last', () => {
    expect(ids(sortStories(stories, 'year'))).toEqual(['c', 'a', 'b'])
  })
  it('does not change the list it is given', () => {
    const copy = stories.slice()
    sortStories(stories, 'title')
    expect(stories).toEqual(copy)
  })
})

describe('filterStories', () => {
  it('keeps everything without a filter', () => {
    expect(ids(filterStories(stories, NO_FILTER))).toEqual(['a', 'b', 'c'])
  })
  it('needs every word of the text, anywhere in the story, ignoring case and accents', () => {
    expect(ids(filterStories(stories, { ...NO_FILTER, text: 'REVERSIBLE billing' }))).toEqual(['a'])
    expect(ids(filterStories(stories, { ...NO_FILTER, text: 'cafe nandu' }))).toEqual(['b'])
    expect(ids(filterStories(stories, { ...NO_FILTER, text: 'billing conflict' }))).toEqual([])
  })
  it('filters by assigned competency', () => {
    expect(ids(filterStories(stories, { ...NO_FILTER, competency: 'influence' }))).toEqual(['b'])
  })
  it('filters by tag without regard to case', () => {
    expect(ids(filterStories(stories, { ...NO_FILTER, tag: 'MIGRATION' }))).toEqual(['a', 'b'])
  })
  it('combines filters', () => {
    expect(ids(filterStories(stories, { text: 'ledger', competency: 'conflict', tag: '' }))).toEqual([])
  })
  it('stays fast on ten thousand stories', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      makeStory({ id: `s${i}`, title: `Story ${i}`, situation: 'lorem ipsum '.repeat(100) + i }),
    )
    filterStories(many, { ...NO_FILTER, text: 'warm' })
    const started = performance.now()
    const found = filterStories(many, { ...NO_FILTER, text: 'ipsum 9999' })
    expect(ids(found)).toEqual(['s9999'])
    expect(performance.now() - started).toBeLessThan(200)
  })
})

describe('tags, counts and filter state', () => {
  it('lists tags by use, merging different capitalisation', () => {
    expect(tagsInUse(stories)).toEqual([
      { tag: 'Migration', count: 2 },
      { tag: 'payments', count: 1 },
    ])
  })
  it('writes counts for a person', () => {
    expect(countLabel(1, 1)).toBe('1 story')
    expect(countLabel(3, 12_000)).toBe('Showing 3 of 12,000 stories')
  })
  it('knows when a filter is active', () => {
    expect(isFiltering(NO_FILTER)).toBe(false)
    expect(isFiltering({ ...NO_FILTER, text: '  ' })).toBe(false)
    expect(isFiltering({ ...NO_FILTER, tag: 'x' })).toBe(true)
  })
})
