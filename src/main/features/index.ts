import type { Handlers } from '../../shared/contract'
import { createBackupHandlers } from './backups'
import { createCheatSheetHandlers } from './cheatsheets'
import { createPracticeHandlers } from './practice'
import { createLoopHandlers } from './loops'
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
    ...createPracticeHandlers(services),
    ...createLoopHandlers(services),
    ...createTrashHandlers(services),
  }
}
