import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef } from 'react'
import type { KeyboardEvent } from 'react'
import type { Story } from '../../../../shared/story/schema'
import { STORY_TITLE_ID } from './StoryEditor'

const ROW_HEIGHT = 60

interface StoryListProps {
  stories: Story[]
  selectedId: string | null
  onSelect(id: string): void
  label: string
}

function rowId(id: string) {
  return `story-row-${id}`
}

function metaLine(story: Story): string {
  return [story.company, story.role, story.year].filter(Boolean).join(' · ') || 'No company or year yet'
}

/** Only the rows on screen are rendered, so ten thousand stories scroll as smoothly as ten. */
export function StoryList({ stories, selectedId, onSelect, label }: StoryListProps) {
  const scroller = useRef<HTMLDivElement>(null)
  // The virtualizer returns fresh functions each render by design; the compiler lint cannot know that.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: stories.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => stories[index]?.id ?? index,
  })
  const selectedIndex = stories.findIndex((s) => s.id === selectedId)

  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' })
  }, [selectedIndex, virtualizer])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = (to: number) => {
      const story = stories[Math.max(0, Math.min(stories.length - 1, to))]
      if (story) onSelect(story.id)
      event.preventDefault()
    }
    if (event.key === 'ArrowDown') move(selectedIndex + 1)
    else if (event.key === 'ArrowUp') move(selectedIndex <= 0 ? 0 : selectedIndex - 1)
    else if (event.key === 'Home') move(0)
    else if (event.key === 'End') move(stories.length - 1)
    else if (event.key === 'PageDown') move(selectedIndex + 10)
    else if (event.key === 'PageUp') move(selectedIndex - 10)
    else if (event.key === 'Enter' && selectedId) {
      event.preventDefault()
      document.getElementById(STORY_TITLE_ID)?.focus()
    }
  }

  return (
    <div
      ref={scroller}
      id="story-list"
      className="story-list"
      role="listbox"
      tabIndex={0}
      aria-label={label}
      aria-activedescendant={selectedIndex >= 0 && selectedId ? rowId(selectedId) : undefined}
      onKeyDown={onKeyDown}
      data-testid="story-list"
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const story = stories[item.index]
          if (!story) return null
          const selected = story.id === selectedId
          return (
            <div
              key={item.key}
              id={rowId(story.id)}
              role="option"
              aria-selected={selected}
              aria-setsize={stories.length}
              aria-posinset={item.index + 1}
              className={selected ? 'story-row story-row-selected' : 'story-row'}
              style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              onClick={() => onSelect(story.id)}
            >
              {/* Long titles and meta lines are cut with an ellipsis: the tooltip shows them whole. */}
              <span className="story-row-title" title={story.title}>
                {story.title}
              </span>
              <span className="story-row-meta" title={metaLine(story)}>
                {metaLine(story)}
              </span>
            </div>
          )
        })}
      </div>
    </div>
  )
}
