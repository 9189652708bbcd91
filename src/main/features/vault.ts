import { randomUUID } from 'node:crypto'
import type { Handlers } from '../../shared/contract'
import { demoStories } from '../../shared/content/demo-vault'
import type { Story, StoryFields } from '../../shared/story/schema'
import { restoreLatestBackup } from '../vault/backups'
import type { Services } from './services'

type VaultHandlers = Pick<
  Handlers,
  | 'vault:open'
  | 'vault:start'
  | 'vault:restore-latest-backup'
  | 'vault:reload'
  | 'vault:keep-mine'
  | 'settings:update'
>

export function newStoryId(): string {
  return randomUUID()
}

export function storyFromFields(fields: StoryFields, now: string): Story {
  return { ...fields, id: newStoryId(), createdAt: now, updatedAt: now }
}

export function createVaultHandlers({ vault }: Services): VaultHandlers {
  return {
    'vault:open': () => vault.snapshot(),
    /** The welcome screen's choice. Stories already in the vault are always kept. */
    'vault:start': async (mode) => {
      const now = new Date().toISOString()
      await vault.update(
        (doc) => {
          // A second click (or a second window) must not add the demo stories twice.
          const wantsDemo = mode === 'demo' && !(doc.onboarded && doc.stories.length > 0)
          const added = wantsDemo ? demoStories.map((fields) => storyFromFields(fields, now)) : []
          return { ...doc, onboarded: true, stories: [...doc.stories, ...added] }
        },
        { markHealthy: true },
      )
      return vault.snapshot()
    },
    'vault:restore-latest-backup': () => restoreLatestBackup(vault),
    'vault:reload': () => vault.reload(),
    'vault:keep-mine': () => vault.keepMine(),
    'settings:update': async (patch) => {
      const doc = await vault.update((current) => ({
        ...current,
        settings: { ...current.settings, ...patch },
      }))
      return doc.settings
    },
  }
}
