import type { Handlers } from '../../shared/contract'
import { createBackupHandlers } from './backups'
import { createCheatSheetHandlers } from './cheatsheets'
import type { Services } from './services'
import { createStoryHandlers } from './stories'
import { createTransferHandlers } from './transfer'
import { createTrashHandlers } from './trash'
import { createVaultHandlers } from './vault'

/** Every channel's handler, one feature per line. Shared composition file: add one line per feature. */
export function createHandlers(services: Services): Handlers {
  return {
    ...createVaultHandlers(services),
    ...createStoryHandlers(services),
    ...createBackupHandlers(services),
    ...createTransferHandlers(services),
    ...createCheatSheetHandlers(services),
    ...createTrashHandlers(services),
  }
}
