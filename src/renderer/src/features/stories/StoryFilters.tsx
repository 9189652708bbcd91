import { useMemo } from 'react'
import type { Story } from '../../../../shared/story/schema'
import { STORY_FILTER_ID } from '../../state/use-app-commands'
import { COMPETENCIES } from './competency-names'
import { SORT_LABELS, STORY_SORTS, tagsInUse } from './story-list'
import type { StoryFilter, StorySort } from './story-list'

interface StoryFiltersProps {
  stories: readonly Story[]
  filter: StoryFilter
  onFilter(filter: StoryFilter): void
  sort: StorySort
  onSort(sort: StorySort): void
  /** "12 stories", "Showing 3 of 12 stories". */
  count: string
}

export function StoryFilters({ stories, filter, onFilter, sort, onSort, count }: StoryFiltersProps) {
  const tags = useMemo(() => tagsInUse(stories), [stories])
  return (
    <div className="story-filters" role="search">
      <label htmlFor={STORY_FILTER_ID} className="visually-hidden">
        Filter stories
      </label>
      <input
        id={STORY_FILTER_ID}
        type="search"
        className="filter-input"
        placeholder="Filter stories…"
        value={filter.text}
        onChange={(event) => onFilter({ ...filter, text: event.target.value })}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && filter.text) {
            event.preventDefault()
            onFilter({ ...filter, text: '' })
          }
        }}
      />
      <div className="filter-row">
        <label className="compact-select">
          <span className="visually-hidden">Competency</span>
          <select
            aria-label="Filter by competency"
            value={filter.competency}
            onChange={(event) => onFilter({ ...filter, competency: event.target.value })}
          >
            <option value="">All competencies</option>
            {COMPETENCIES.map(({ id, name }) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label className="compact-select">
          <span className="visually-hidden">Tag</span>
          <select
            aria-label="Filter by tag"
            value={filter.tag}
            onChange={(event) => onFilter({ ...filter, tag: event.target.value })}
          >
            <option value="">All tags</option>
            {tags.map(({ tag, count }) => (
              <option key={tag} value={tag}>
                {tag} ({count})
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="count-row">
        <p className="list-count" aria-live="polite" data-testid="story-count">
          {count}
        </p>
        <label className="sort-select">
          <span aria-hidden="true">Sort</span>
          <select
            aria-label="Sort stories"
            value={sort}
            onChange={(event) => onSort(event.target.value as StorySort)}
          >
            {STORY_SORTS.map((value) => (
              <option key={value} value={value}>
                {SORT_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  )
}
