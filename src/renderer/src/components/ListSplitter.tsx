import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react'

const STORAGE_KEY = 'story-vault:list-width'
export const MIN_LIST = 200
export const MAX_LIST = 560
const STEP = 24

function clamp(width: number): number {
  return Math.round(Math.min(MAX_LIST, Math.max(MIN_LIST, width)))
}

function remembered(): number | null {
  try {
    const value = Number(localStorage.getItem(STORAGE_KEY))
    return Number.isFinite(value) && value > 0 ? clamp(value) : null
  } catch {
    return null
  }
}

/**
 * The width of the stories list: by default a share of the window (narrow at 800 px, 380 px on a wide
 * screen), or what the person dragged it to, remembered for next time.
 */
export function useListWidth(): [number | null, (width: number | null) => void] {
  const [width, setWidth] = useState<number | null>(remembered)
  const set = useCallback((next: number | null) => {
    const value = next === null ? null : clamp(next)
    setWidth(value)
    try {
      if (value === null) localStorage.removeItem(STORAGE_KEY)
      else localStorage.setItem(STORAGE_KEY, String(value))
    } catch {
      // Storage can be unavailable (private mode); the width then lasts for this session only.
    }
  }, [])
  return [width, set]
}

interface ListSplitterProps {
  /** The list beside the handle, measured when the width has not been set yet. */
  list: React.RefObject<HTMLElement | null>
  width: number | null
  onWidth(width: number | null): void
}

/** A drag handle between the list and the editor; arrow keys move it, Home/End jump, Enter resets. */
export function ListSplitter({ list, width, onWidth }: ListSplitterProps) {
  const drag = useRef<{ startX: number; startWidth: number } | null>(null)
  const [current, setCurrent] = useState(width ?? MIN_LIST)
  const measured = () => width ?? list.current?.getBoundingClientRect().width ?? MIN_LIST

  // The value a screen reader announces follows the list's real width, however it changed.
  useEffect(() => {
    const element = list.current
    if (!element || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => setCurrent(element.getBoundingClientRect().width))
    observer.observe(element)
    return () => observer.disconnect()
  }, [list])

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId)
    drag.current = { startX: event.clientX, startWidth: measured() }
  }
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return
    onWidth(drag.current.startWidth + event.clientX - drag.current.startX)
  }
  const onPointerUp = () => {
    drag.current = null
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const now = measured()
    const next =
      event.key === 'ArrowLeft'
        ? now - STEP
        : event.key === 'ArrowRight'
          ? now + STEP
          : event.key === 'Home'
            ? MIN_LIST
            : event.key === 'End'
              ? MAX_LIST
              : undefined
    if (event.key === 'Enter') {
      event.preventDefault()
      onWidth(null)
    } else if (next !== undefined) {
      event.preventDefault()
      onWidth(next)
    }
  }

  return (
    <div
      className="list-splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize the story list"
      aria-valuemin={MIN_LIST}
      aria-valuemax={MAX_LIST}
      aria-valuenow={Math.round(current)}
      title="Drag to resize the list (arrow keys too; Enter resets)"
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onDoubleClick={() => onWidth(null)}
      onKeyDown={onKeyDown}
    />
  )
}
