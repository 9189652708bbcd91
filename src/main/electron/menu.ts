import { Menu } from 'electron'
import type { MenuCommand } from '../../shared/contract'
import { buildMenuTemplate } from './menu-template'

export function registerApplicationMenu(send: (command: MenuCommand) => void): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(send)))
}
