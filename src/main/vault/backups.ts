import { AppFailure } from '../../shared/contract/result'
import type { BackupInfo, BackupPreview } from '../../shared/contract/backups'
import type { VaultSnapshot } from '../../shared/contract/vault'
import type { VaultDocument } from '../../shared/vault/document'
import { isReadableBackup, listBackupFiles, readBackupText, type BackupFile } from './backup-files'
import { parseVaultText } from './parse'
import type { VaultStore } from './store-types'
import { readTextOrNull } from './atomic-file'
import { realVaultPath } from './real-path'

/** The newest backup that parses into a document this version can write, or null. */
export async function findLatestReadableBackup(
  vaultPath: string,
): Promise<{ file: BackupFile; doc: VaultDocument } | null> {
  const real = await realVaultPath(vaultPath)
  for (const file of await listBackupFiles(real)) {
    const text = await readBackupText(real, file.id)
    if (text === null) continue
    const parsed = parseVaultText(text)
    if (parsed.kind === 'ok') return { file, doc: parsed.doc }
  }
  return null
}

/** Every backup of this vault, newest first; one that cannot be read has no story count. */
export async function listBackups(vaultPath: string): Promise<BackupInfo[]> {
  const files = await listBackupFiles(await realVaultPath(vaultPath))
  return Promise.all(
    files.map(async (file) => ({
      id: file.id,
      kind: file.kind,
      createdAt: file.createdAt,
      size: file.size,
      // A count in the name says nothing about a copy that was cut off: it is shown as unreadable.
      storyCount: (await isReadableBackup(file)) ? (file.storyCount ?? (await countStories(file))) : null,
    })),
  )
}

async function countStories(file: BackupFile): Promise<number | null> {
  const text = await readTextOrNull(file.path)
  if (text === null) return null
  const parsed = parseVaultText(text)
  return parsed.kind === 'ok' || parsed.kind === 'newer' ? parsed.doc.stories.length : null
}

async function readBackupDocument(
  vaultPath: string,
  id: string,
): Promise<{ doc: VaultDocument; newer: boolean }> {
  const text = await readBackupText(await realVaultPath(vaultPath), id)
  if (text === null) throw new AppFailure('not-found', `There is no backup called ${id}.`)
  const parsed = parseVaultText(text)
  if (parsed.kind === 'corrupt' || parsed.kind === 'foreign') {
    throw new AppFailure('invalid-input', `The backup ${id} cannot be read. ${parsed.reason}`)
  }
  return { doc: parsed.doc, newer: parsed.kind === 'newer' }
}

export async function previewBackup(vaultPath: string, id: string): Promise<BackupPreview> {
  const { doc } = await readBackupDocument(vaultPath, id)
  const file = (await listBackupFiles(await realVaultPath(vaultPath))).find((f) => f.id === id)
  return {
    id,
    createdAt: file?.createdAt ?? '',
    storyCount: doc.stories.length,
    titles: doc.stories.map((story) => story.title),
  }
}

async function restoreDocument(store: VaultStore, doc: VaultDocument): Promise<VaultSnapshot> {
  await store.update(() => doc, { allowLargeRemoval: true, backupKind: 'pre-restore', markHealthy: true })
  return store.snapshot()
}

/** Replaces the vault with a backup; the vault as it was is backed up first, so a restore can be undone. */
export async function restoreBackup(store: VaultStore, id: string): Promise<VaultSnapshot> {
  const { doc, newer } = await readBackupDocument(store.path, id)
  if (newer) {
    throw new AppFailure(
      'read-only',
      'That backup was saved by a newer version of Story Vault. Update Story Vault to restore it.',
    )
  }
  return restoreDocument(store, doc)
}

export async function restoreLatestBackup(store: VaultStore): Promise<VaultSnapshot> {
  const latest = await findLatestReadableBackup(store.path)
  if (!latest) throw new AppFailure('not-found', 'There is no readable backup to restore.')
  return restoreDocument(store, latest.doc)
}
