import type { Handlers } from '../../shared/contract'
import { listBackups, previewBackup, restoreBackup } from '../vault/backups'
import type { Services } from './services'

type BackupHandlers = Pick<Handlers, 'backups:list' | 'backups:preview' | 'backups:restore'>

export function createBackupHandlers({ vault }: Services): BackupHandlers {
  return {
    'backups:list': () => listBackups(vault.path),
    'backups:preview': (id) => previewBackup(vault.path, id),
    'backups:restore': (id) => restoreBackup(vault, id),
  }
}
