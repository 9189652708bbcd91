import { useEffect, useEffectEvent, useState } from 'react'
import { filesFromDrop, type PickedFile } from './read-files'

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false
}

/**
 * Files dragged anywhere on the window go to `onFiles`. The browser's default for a drop is to open
 * the file in place of the app, so it is always prevented, whatever screen is showing.
 * Returns whether files are being dragged over the window (for a drop hint).
 */
export function useFileDrop(onFiles: (files: PickedFile[]) => void): boolean {
  const [dragging, setDragging] = useState(false)

  const onDrop = useEffectEvent(async (transfer: DataTransfer) => {
    const files = await filesFromDrop(transfer)
    if (files.length) onFiles(files)
  })

  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return
      event.preventDefault()
      setDragging(true)
    }
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false)
    }
    const drop = (event: DragEvent) => {
      setDragging(false)
      if (!hasFiles(event) || !event.dataTransfer) return
      event.preventDefault()
      void onDrop(event.dataTransfer)
    }
    window.addEventListener('dragover', over)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragover', over)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('drop', drop)
    }
  }, [])

  return dragging
}
