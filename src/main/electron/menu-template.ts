import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../../shared/contract'

/**
 * The application menu as data (type-only electron import, so it is testable under plain Node).
 * Shortcuts the renderer handles itself (N, F, K: identical in Electron and the browser host) are shown but
 * not registered (registerAccelerator: false), so a key press never fires twice. That includes P: the
 * renderer takes Ctrl/Cmd+P itself so that it prints the cheat sheet in the browser host too.
 */
export function buildMenuTemplate(
  send: (command: MenuCommand) => void,
  platform: NodeJS.Platform = process.platform,
): MenuItemConstructorOptions[] {
  const command = (
    label: string,
    name: MenuCommand,
    accelerator?: string,
    keyHandledBy: 'renderer' | 'menu' = 'renderer',
  ): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator, registerAccelerator: keyHandledBy === 'menu' } : {}),
    click: () => send(name),
  })
  const isMac = platform === 'darwin'

  return [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: 'File',
      submenu: [
        command('New Story', 'new-story', 'CmdOrCtrl+N'),
        { type: 'separator' },
        command('Import…', 'import'),
        command('Export…', 'export'),
        { type: 'separator' },
        command('Print Cheat Sheet…', 'print', 'CmdOrCtrl+P'),
        { type: 'separator' },
        command('Backups…', 'open-backups'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        command('Find in List', 'focus-filter', 'CmdOrCtrl+F'),
        command('Ask a Question', 'focus-search', 'CmdOrCtrl+K'),
        { type: 'separator' },
        command('Undo Delete Story', 'undo'),
        command('Delete Story', 'delete-story'),
      ],
    },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [{ label: 'About Story Vault', role: 'about' }],
    },
  ]
}
