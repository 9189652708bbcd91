/** The vault: one JSON file, written atomically, backed up, migrated, watched for outside edits. */
export { openVaultStore, type OpenVaultOptions } from './store'
export type { VaultStore, UpdateOptions } from './store-types'
export { resolveVaultPath, APP_NAME, VAULT_FILE_NAME, type VaultPathInput } from './paths'
export {
  listBackups,
  previewBackup,
  restoreBackup,
  restoreLatestBackup,
  findLatestReadableBackup,
} from './backups'
export { backupsDirFor } from './backup-files'
export { parseVaultText, type ParsedVault } from './parse'
export { writeFileAtomic, AtomicJsonFile } from './atomic-file'
