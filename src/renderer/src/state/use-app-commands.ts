import { useEffect, useEffectEvent } from 'react'
import { printWhenSheetReady } from './print-cheat-sheet'
import { commandForKey, isTypingTarget } from './shortcuts'
import type { AppCommand } from './shortcuts'
import { useVault } from './vault-context'

export const STORY_FILTER_ID = 'story-filter'

interface OverlayControls {
  openSearch(): void
  showHelp(): void
  closeOverlays(): void
}

/** One place where key presses and native menu items become app actions. */
export function useAppCommands(overlays: OverlayControls): void {
  const vault = useVault()

  const run = useEffectEvent((command: AppCommand, from: 'key' | 'menu') => {
    switch (command) {
      case 'new-story':
        vault.setView('stories')
        void vault.newStory()
        return
      case 'focus-filter':
        vault.setView('stories')
        requestAnimationFrame(() => document.getElementById(STORY_FILTER_ID)?.focus())
        return
      case 'focus-search':
        overlays.openSearch()
        return
      case 'delete-story':
        if (vault.view === 'stories' && vault.selectedId) void vault.deleteStory(vault.selectedId)
        return
      case 'undo':
        void vault.undo()
        return
      case 'open-backups':
        vault.setView('backups')
        return
      case 'show-help':
        overlays.showHelp()
        return
      case 'escape':
        overlays.closeOverlays()
        return
      // Printing is the cheat sheet's: from elsewhere, go there first, then print the sheet shown.
      // (On the cheat sheet view the menu's Print is already handled by the view itself.)
      case 'print':
        if (from === 'menu' && vault.view === 'sheets') return
        vault.setView('sheets')
        printWhenSheetReady()
        return
      // Import and export belong to their feature, which listens to 'menu:command' itself.
      case 'import':
      case 'export':
        return
    }
  })

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || !vault.snapshot?.onboarded) return
    const command = commandForKey(event, isTypingTarget(event.target))
    if (!command) return
    // Escape keeps its default so fields and other dialogs can still react to it.
    if (command !== 'escape') event.preventDefault()
    run(command, 'key')
  })

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event)
    window.addEventListener('keydown', listener)
    return () => window.removeEventListener('keydown', listener)
  }, [])

  useEffect(
    () =>
      vault.bridge.on('menu:command', ({ command }) => {
        // A menu Undo while typing means the text, not the last deleted story.
        if (command === 'undo' && isTypingTarget(document.activeElement)) document.execCommand('undo')
        else run(command, 'menu')
      }),
    [vault.bridge],
  )
}
