import { watch, type FSWatcher } from 'node:fs'
import { basename, dirname } from 'node:path'

export interface FileWatch {
  close(): void
}

/**
 * Calls `onChange` once things settle (`debounceMs` after the last event) whenever the file may have
 * changed. The folder is watched, not the file: an atomic save replaces the file by renaming.
 */
export function watchFile(path: string, debounceMs: number, onChange: () => void): FileWatch {
  const name = basename(path)
  let watcher: FSWatcher | undefined
  let timer: NodeJS.Timeout | undefined
  try {
    watcher = watch(dirname(path), { persistent: false }, (_event, changed) => {
      if (changed && changed.toString() !== name) return
      clearTimeout(timer)
      timer = setTimeout(onChange, debounceMs)
      timer.unref()
    })
    watcher.on('error', () => watcher?.close())
  } catch (error) {
    // Some network drives cannot be watched; saves still check the file before overwriting it.
    console.warn('[story-vault] cannot watch the vault folder:', error)
  }
  return {
    close() {
      clearTimeout(timer)
      watcher?.close()
      watcher = undefined
    },
  }
}
