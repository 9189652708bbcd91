import type { z } from 'zod'
import type { Result } from './result'
import type { EventName, EventPayloads } from './events'
import { backupChannels } from './backups'
import { cheatSheetChannels } from './cheatsheets'
import { practiceChannels } from './practice'
import { loopChannels } from './loops'
import { storyChannels } from './stories'
import { transferChannels } from './transfer'
import { trashChannels } from './trash'
import { vaultChannels } from './vault'

/**
 * The one map of every call between renderer and main: channel name → argument schema and result.
 * Each feature declares its channels in its own file; this only composes them.
 */
export const contract = {
  ...vaultChannels,
  ...storyChannels,
  ...backupChannels,
  ...transferChannels,
  ...cheatSheetChannels,
  ...practiceChannels,
  ...loopChannels,
  ...trashChannels,
}

export type Contract = typeof contract
export type ChannelName = keyof Contract
export type ArgsOf<K extends ChannelName> = z.infer<Contract[K]['args']>
export type ValueOf<K extends ChannelName> = NonNullable<Contract[K]['value']>

export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[]

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(contract, name)
}

/** What the preload exposes as window.storyVault, and what the browser-host client implements. */
export interface StoryVaultBridge {
  invoke<K extends ChannelName>(channel: K, ...args: ArgsOf<K>): Promise<Result<ValueOf<K>>>
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void
}

/** Main-side implementation of every channel; may throw AppFailure to return a specific error. */
export type Handlers = { [K in ChannelName]: (...args: ArgsOf<K>) => Promise<ValueOf<K>> | ValueOf<K> }

export type { Result, AppError, ErrorCode } from './result'
export type { EventName, EventPayloads, MenuCommand } from './events'
