import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef } from 'react'
import type { KeyboardEvent } from 'react'
import { competencyById } from '../../../../shared/content/competencies'
import type { QuestionView } from '../../../../shared/contract/practice'
import { questionKey } from '../../../../shared/practice/schedule'
import { relativeTime } from '../practice/practice-times'

interface QuestionListProps {
  questions: readonly QuestionView[]
  selectedId: string | null
  onSelect(id: string): void
  /** questionKey() of the questions on the hand-picked practice list. */
  picked: ReadonlySet<string>
  now: number
}

/** Every row is this tall (two lines of question, one of details): no row is measured while scrolling. */
export const ROW_HEIGHT = 74

export const rowDomId = (index: number) => `question-row-${index}`

/**
 * A virtual list box: only the rows on screen are in the page, so 10,000 own questions scroll and
 * filter as fast as 10. ↑/↓, Home/End and Page keys move the selection.
 */
export function QuestionList({ questions, selectedId, onSelect, picked, now }: QuestionListProps) {
  const scroller = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is the documented way to window long lists.
  const virtualizer = useVirtualizer({
    count: questions.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    // The first screen is drawn before the list can be measured (jsdom and the first frame).
    initialRect: { width: 600, height: 800 },
  })
  const selectedIndex = questions.findIndex((q) => q.id === selectedId)

  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' })
  }, [selectedIndex, virtualizer])

  const move = (to: number) => {
    const next = questions[Math.max(0, Math.min(questions.length - 1, to))]
    if (next) onSelect(next.id)
  }
  const onKeyDown = (event: KeyboardEvent) => {
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 600) / ROW_HEIGHT) - 1)
    const steps: Record<string, number> = {
      ArrowDown: selectedIndex + 1,
      ArrowUp: selectedIndex <= 0 ? 0 : selectedIndex - 1,
      Home: 0,
      End: questions.length - 1,
      PageDown: selectedIndex + page,
      PageUp: selectedIndex - page,
    }
    const to = steps[event.key]
    if (to === undefined) return
    event.preventDefault()
    move(to)
  }

  if (questions.length === 0) {
    return <p className="question-list-empty">No question matches. Clear the filter or add your own.</p>
  }
  return (
    <div
      ref={scroller}
      className="question-list"
      role="listbox"
      aria-label="Questions"
      tabIndex={0}
      aria-activedescendant={selectedIndex >= 0 ? rowDomId(selectedIndex) : undefined}
      onKeyDown={onKeyDown}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const question = questions[item.index]
          if (!question) return null
          const selected = question.id === selectedId
          return (
            <div
              key={question.id}
              id={rowDomId(item.index)}
              role="option"
              aria-selected={selected}
              aria-posinset={item.index + 1}
              aria-setsize={questions.length}
              className={`question-row${selected ? ' is-selected' : ''}`}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                height: ROW_HEIGHT,
                transform: `translateY(${item.start}px)`,
              }}
              title={question.text.length > 140 ? question.text : undefined}
              onClick={() => onSelect(question.id)}
            >
              <span className="question-row-text">{question.text}</span>
              <span className="question-row-meta">
                {question.source === 'own' && <span className="question-tag">Mine</span>}
                {picked.has(questionKey(question.text)) && (
                  <span className="question-tag is-picked">On practice list</span>
                )}
                <span>{question.competencies.map((id) => competencyById(id)?.name ?? id).join(', ')}</span>
                {question.stories.length > 0 && (
                  <span className="question-row-story">
                    → {question.stories.map((s) => s.title).join(', ')}
                  </span>
                )}
                {question.lastRehearsed && (
                  <span className="question-row-due">
                    rehearsed {relativeTime(question.lastRehearsed, now)}
                  </span>
                )}
              </span>
            </div>
          )
        })}
      </div>
    </div>
  )
}
