import { AppFailure } from '../../shared/contract/result'

/**
 * The vault file is only ever replaced by an atomic rename after a complete write, so a failed write
 * leaves the file as it was: each message can honestly say that nothing saved was lost.
 */
const UNTOUCHED = 'Nothing was lost: your saved stories are untouched.'

const MESSAGES: Record<string, (where: string) => string> = {
  ENOSPC: (where) =>
    `The disk is full, so this change could not be saved${where}. ${UNTOUCHED} Free some space and try again.`,
  EDQUOT: (where) =>
    `Your disk quota is used up, so this change could not be saved${where}. ${UNTOUCHED} Free some space and try again.`,
  EROFS: (where) =>
    `The vault folder is read-only${where}, so this change could not be saved. ${UNTOUCHED} Choose a writable folder for the vault, or make this one writable.`,
  EACCES: (where) =>
    `Story Vault is not allowed to write to the vault folder${where}. ${UNTOUCHED} Check the folder's permissions, or choose another folder for the vault.`,
  EPERM: (where) =>
    `Story Vault is not allowed to write to the vault folder${where}. ${UNTOUCHED} Check the folder's permissions, or choose another folder for the vault.`,
}

/** A disk-full, read-only or permission error as a plain AppFailure ('io'); undefined for anything else. */
export function fileSystemFailure(error: unknown): AppFailure | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const { code, path } = error as { code?: unknown; path?: unknown }
  const message = typeof code === 'string' ? MESSAGES[code] : undefined
  if (!message) return undefined
  return new AppFailure('io', message(typeof path === 'string' ? ` (${path})` : ''))
}
