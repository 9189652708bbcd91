import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { MENU_COMMANDS, type MenuCommand } from '../../../src/shared/contract/events'
import { buildMenuTemplate } from '../../../src/main/electron/menu-template'
import { commandForKey } from '../../../src/renderer/src/state/shortcuts'

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu as MenuItemConstructorOptions[]) : []),
  ])
}

/** Role items have no click handler; ours call send() with their command. */
function clickAll(template: MenuItemConstructorOptions[]): void {
  for (const item of flatten(template)) (item.click as (() => void) | undefined)?.()
}

describe('application menu', () => {
  it('has File, Edit, View, Window and Help', () => {
    const labels = buildMenuTemplate(() => undefined, 'linux').map((item) => item.label ?? item.role)
    expect(labels).toEqual(['File', 'Edit', 'viewMenu', 'windowMenu', 'help'])
  })

  it('reaches every menu command exactly once', () => {
    const sent: MenuCommand[] = []
    const template = buildMenuTemplate((command) => sent.push(command), 'linux')
    clickAll(template)
    expect([...sent].sort()).toEqual([...MENU_COMMANDS].sort())
  })

  it('shows the app shortcuts', () => {
    const items = flatten(buildMenuTemplate(() => undefined, 'linux'))
    const shortcut = (label: string) => items.find((item) => item.label === label)?.accelerator
    expect(shortcut('New Story')).toBe('CmdOrCtrl+N')
    expect(shortcut('Print Cheat Sheet…')).toBe('CmdOrCtrl+P')
    expect(shortcut('Find in List')).toBe('CmdOrCtrl+F')
    expect(shortcut('Ask a Question')).toBe('CmdOrCtrl+K')
  })

  it('registers a shortcut with the OS exactly when the renderer does not handle that key itself', () => {
    const items = flatten(buildMenuTemplate(() => undefined, 'linux')).filter((item) => item.accelerator)
    expect(items.length).toBeGreaterThan(0)
    for (const item of items) {
      let sent: MenuCommand | undefined
      const [found] = flatten(buildMenuTemplate((command) => (sent = command), 'linux')).filter(
        (candidate) => candidate.label === item.label,
      )
      ;(found?.click as (() => void) | undefined)?.()
      const key = String(item.accelerator).split('+').pop()?.toLowerCase() ?? ''
      const press = { key, ctrlKey: true, metaKey: false, altKey: false, shiftKey: false }
      const rendererHandles = commandForKey(press, false) === sent
      expect({ label: item.label, registered: item.registerAccelerator }).toEqual({
        label: item.label,
        registered: !rendererHandles,
      })
    }
  })

  it('keeps the standard editing roles', () => {
    const roles = flatten(buildMenuTemplate(() => undefined, 'linux')).map((item) => item.role)
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']))
  })

  it('adds the app menu on macOS only', () => {
    expect(buildMenuTemplate(() => undefined, 'darwin')[0]?.role).toBe('appMenu')
    expect(buildMenuTemplate(() => undefined, 'win32')[0]?.label).toBe('File')
  })
})
