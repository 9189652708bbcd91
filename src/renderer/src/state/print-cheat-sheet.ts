/** What the cheat sheet view renders for printing (features/cheatsheets/SheetPreview). */
const PRINT_ROOT = '.sheet-print-root'

/**
 * Prints once the cheat sheet is on the page: Ctrl/Cmd+P from any view switches to the cheat sheets
 * (showing the current or last sheet) and prints that, never the app's own page. Gives up waiting
 * after `maxFrames` and prints what there is.
 */
export function printWhenSheetReady(win: Window = window, maxFrames = 120): void {
  let frames = 0
  const tick = () => {
    if (win.document.querySelector(PRINT_ROOT) || frames++ >= maxFrames) win.print()
    else win.requestAnimationFrame(tick)
  }
  win.requestAnimationFrame(tick)
}
