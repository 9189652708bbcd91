import { EventEmitter } from 'node:events'
import type { BrowserWindow } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { askBeforeLosingEdits, LEAVE_PROMPT } from '../../../src/main/electron/unload-prompt'

function fakeWindow() {
  const webContents = new EventEmitter()
  return { window: { webContents } as unknown as BrowserWindow, webContents }
}

function refusedUnload(webContents: EventEmitter): { preventDefault: ReturnType<typeof vi.fn> } {
  const event = { preventDefault: vi.fn() }
  webContents.emit('will-prevent-unload', event)
  return event
}

describe('asking before a window with unsaved text closes', () => {
  it('lets the close go on only when the person chooses "Close anyway"', () => {
    const { window, webContents } = fakeWindow()
    const ask = vi.fn().mockReturnValueOnce(1).mockReturnValueOnce(0)
    askBeforeLosingEdits(window, ask)

    expect(refusedUnload(webContents).preventDefault).toHaveBeenCalled()
    expect(refusedUnload(webContents).preventDefault).not.toHaveBeenCalled()
    expect(ask).toHaveBeenCalledWith(window, LEAVE_PROMPT)
    expect(LEAVE_PROMPT.buttons?.[LEAVE_PROMPT.cancelId ?? -1]).toBe('Stay')
  })
})
