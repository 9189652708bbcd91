/** Messages main sends to the renderer unasked. */
export const MENU_COMMANDS = [
  'new-story',
  'focus-filter',
  'focus-search',
  'delete-story',
  'undo',
  'import',
  'export',
  'print',
  'open-backups',
] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

export interface EventPayloads {
  /** The vault file changed on disk from outside the app (sync folder, another device). */
  'vault:changed-on-disk': { path: string }
  'menu:command': { command: MenuCommand }
}
export type EventName = keyof EventPayloads
export const EVENT_NAMES: readonly EventName[] = ['vault:changed-on-disk', 'menu:command']
