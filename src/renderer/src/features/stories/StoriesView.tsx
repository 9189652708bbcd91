import { useDeferredValue, useMemo, useRef, useState } from 'react'
import { ListSplitter, useListWidth } from '../../components/ListSplitter'
import { useVault } from '../../state/vault-context'
import { StoryEditor } from './StoryEditor'
import { StoryFilters } from './StoryFilters'
import { StoryList } from './StoryList'
import { countLabel, filterStories, isFiltering, NO_FILTER, sortStories } from './story-list'
import type { StoryFilter, StorySort } from './story-list'

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
const NEW_KEY = isMac ? '⌘N' : 'Ctrl+N'

export function StoriesView() {
  const vault = useVault()
  const [filter, setFilter] = useState<StoryFilter>(NO_FILTER)
  const [sort, setSort] = useState<StorySort>('updated')
  const deferredFilter = useDeferredValue(filter)
  const readOnly = vault.snapshot?.health.kind === 'read-only'

  const sorted = useMemo(() => sortStories(vault.stories, sort), [vault.stories, sort])
  const shown = useMemo(() => filterStories(sorted, deferredFilter), [sorted, deferredFilter])
  const selected = vault.stories.find((s) => s.id === vault.selectedId) ?? null
  const listRef = useRef<HTMLElement>(null)
  const [listWidth, setListWidth] = useListWidth()

  return (
    <div
      className="stories-view"
      style={listWidth ? ({ '--list-width': `${listWidth}px` } as React.CSSProperties) : undefined}
    >
      <aside className="list-pane" aria-label="Your stories" ref={listRef}>
        <div className="list-header">
          <h1 className="list-title">Stories</h1>
          {!readOnly && (
            <button
              type="button"
              className="primary"
              onClick={() => void vault.newStory()}
              title={`New story (${NEW_KEY})`}
            >
              New story
            </button>
          )}
        </div>
        <StoryFilters
          stories={vault.stories}
          filter={filter}
          onFilter={setFilter}
          sort={sort}
          onSort={setSort}
          count={countLabel(shown.length, vault.stories.length)}
        />
        {vault.stories.length === 0 ? (
          <div className="empty-state" data-testid="empty-vault">
            <p>No stories yet.</p>
            <p>
              Start with one you tell often: a project that went sideways, a disagreement you settled, someone
              you helped grow. Rough notes are fine — you can polish later.
            </p>
          </div>
        ) : shown.length === 0 ? (
          <div className="empty-state" data-testid="no-matches">
            <p>No stories match {filter.text.trim() ? `“${filter.text.trim()}”` : 'these filters'}.</p>
            {isFiltering(filter) && (
              <button type="button" onClick={() => setFilter(NO_FILTER)}>
                Clear filters
              </button>
            )}
          </div>
        ) : (
          <StoryList
            stories={shown}
            selectedId={vault.selectedId}
            onSelect={vault.openStory}
            label="Stories"
          />
        )}
      </aside>
      <ListSplitter list={listRef} width={listWidth} onWidth={setListWidth} />
      <section className="editor-pane" aria-label="Story">
        {selected ? (
          <StoryEditor key={`${selected.id}:${vault.revision}`} story={selected} />
        ) : (
          <div className="empty-state editor-empty">
            {vault.stories.length === 0 ? (
              <>
                <p>Your vault is empty.</p>
                {!readOnly && (
                  <button type="button" className="primary" onClick={() => void vault.newStory()}>
                    Write your first story
                  </button>
                )}
              </>
            ) : (
              <p>Pick a story from the list, or press {NEW_KEY} to write a new one.</p>
            )}
          </div>
        )}
      </section>
    </div>
  )
}
