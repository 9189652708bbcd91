import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { MENU_COMMANDS, type MenuCommand } from '../../../src/shared/contract/events'
import { buildMenuTemplate } from '../../../src/main/electron/menu-template'

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

  it('keeps the standard editing roles', () => {
    const roles = flatten(buildMenuTemplate(() => undefined, 'linux')).map((item) => item.role)
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']))
  })

  it('adds the app menu on macOS only', () => {
    expect(buildMenuTemplate(() => undefined, 'darwin')[0]?.role).toBe('appMenu')
    expect(buildMenuTemplate(() => undefined, 'win32')[0]?.label).toBe('File')
  })
})
