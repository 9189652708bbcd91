import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import type { Story } from '../../../../shared/story/schema'
import { ListSplitter, useListWidth } from '../../components/ListSplitter'
import { useVault } from '../../state/vault-context'
import { StoryEditor } from './StoryEditor'
import { StoryFilters } from './StoryFilters'
import { StoryList } from './StoryList'
import { countLabel, filterStories, isFiltering, NO_FILTER, sortStories } from './story-list'
import type { StoryFilter, StorySort } from './story-list'

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
const NEW_KEY = isMac ? '⌘N' : 'Ctrl+N'

export const NEW_STORY_BUTTON_ID = 'new-story-button'

/**
 * After the open story is deleted, the next story in the list (or the one before, at the end) opens
 * and the list takes the focus, so the keyboard carries on where the person was instead of the page.
 */
function useFocusAfterDelete(
  shown: Story[],
  selectedId: string | null,
  deletedId: string | null,
  openStory: (id: string) => void,
): void {
  const before = useRef<{ shown: Story[]; selectedId: string | null }>({ shown, selectedId })
  useEffect(() => {
    const previous = before.current
    before.current = { shown, selectedId }
    if (!previous.selectedId || selectedId !== null || previous.selectedId !== deletedId) return
    const index = previous.shown.findIndex((s) => s.id === deletedId)
    const stillShown = (s: Story) => shown.some((t) => t.id === s.id)
    const next =
      previous.shown.slice(index + 1).find(stillShown) ??
      previous.shown.slice(0, index).reverse().find(stillShown)
    if (next) openStory(next.id)
    requestAnimationFrame(() => {
      const target = document.getElementById(next ? 'story-list' : NEW_STORY_BUTTON_ID)
      target?.focus()
    })
  }, [shown, selectedId, deletedId, openStory])
}

export function StoriesView() {
  const vault = useVault()
  const [filter, setFilter] = useState<StoryFilter>(NO_FILTER)
  const [sort, setSort] = useState<StorySort>('updated')
  const deferredFilter = useDeferredValue(filter)
  const readOnly = vault.snapshot?.health.kind === 'read-only'

  const sorted = useMemo(() => sortStories(vault.stories, sort), [vault.stories, sort])
  const shown = useMemo(() => filterStories(sorted, deferredFilter), [sorted, deferredFilter])
  const selected = vault.stories.find((s) => s.id === vault.selectedId) ?? null
  useFocusAfterDelete(shown, vault.selectedId, vault.lastDeleted?.id ?? null, vault.openStory)
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
              id={NEW_STORY_BUTTON_ID}
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
        <div className="list-footer">
          <button type="button" className="link-button" onClick={() => vault.setView('trash')}>
            Recently deleted
          </button>
        </div>
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
