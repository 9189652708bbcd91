import { AppFailure } from '../../shared/contract/result'

/** What the store says when it refuses something, in the person's words. */
export const READ_ONLY_MESSAGE =
  'This vault was saved by a newer version of Story Vault, so it can only be read here. Update Story Vault to make changes.'
export const OPENED_TO_READ_MESSAGE = 'The vault was opened only to read, so nothing can be saved through it.'
export const CONFLICT_MESSAGE =
  'The vault changed on disk since it was opened here (another device or a sync folder, perhaps). Choose to keep your version or load the one on disk, then save again.'

/** How to pick another vault from a terminal; the desktop app offers its own button instead. */
export const CHOOSE_VAULT_HINT = 'Choose your vault with --vault PATH (or STORY_VAULT_PATH).'

export function notAVault(path: string, reason: string): AppFailure {
  return new AppFailure('invalid-input', `${path} is not a Story Vault file. ${reason} ${CHOOSE_VAULT_HINT}`)
}

export function closedFailure(): AppFailure {
  return new AppFailure('unavailable', 'The vault is closed. Reopen Story Vault to keep working.')
}
