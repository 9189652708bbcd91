import type { ArgsOf, ChannelName, Result, StoryVaultBridge, ValueOf } from '../../src/shared/contract'
import type { EventName, EventPayloads } from '../../src/shared/contract/events'
import { fail, ok } from '../../src/shared/contract/result'
import type { VaultSnapshot } from '../../src/shared/contract/vault'
import { StorySchema, type Story } from '../../src/shared/story/schema'
import { restoreFromTrash, trashNewestFirst } from '../../src/shared/story/trash'
import type { DeletedStory } from '../../src/shared/vault/document'

/** An in-memory main process for renderer tests: the channels the vault UI uses, plus a call log. */
export class FakeBridge implements StoryVaultBridge {
  calls: Array<{ channel: ChannelName; args: unknown[] }> = []
  /** Set to make the next calls of a channel fail with this message. */
  failing = new Map<ChannelName, string>()
  private listeners = new Map<EventName, Set<(payload: never) => void>>()
  /** "Recently deleted", as main keeps it. */
  trash: DeletedStory[] = []
  private clock = Date.parse('2026-01-01T00:00:00Z')
  private nextId = 1

  constructor(public snapshot: VaultSnapshot) {}

  static withStories(stories: Story[], onboarded = true): FakeBridge {
    return new FakeBridge({
      path: '/tmp/vault.json',
      health: { kind: 'ok' },
      onboarded,
      settings: { targetLevel: 'staff' },
      stories,
      sheets: [],
    })
  }

  async invoke<K extends ChannelName>(channel: K, ...args: ArgsOf<K>): Promise<Result<ValueOf<K>>> {
    this.calls.push({ channel, args })
    const failure = this.failing.get(channel)
    if (failure) return fail('io', failure)
    return this.handle(channel, args as unknown[]) as Result<ValueOf<K>>
  }

  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void {
    const set = this.listeners.get(event) ?? new Set()
    set.add(listener as (payload: never) => void)
    this.listeners.set(event, set)
    return () => set.delete(listener as (payload: never) => void)
  }

  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void {
    for (const listener of this.listeners.get(event) ?? [])
      (listener as (p: EventPayloads[E]) => void)(payload)
  }

  callsOf(channel: ChannelName): unknown[][] {
    return this.calls.filter((c) => c.channel === channel).map((c) => c.args)
  }

  private now(): string {
    this.clock += 1000
    return new Date(this.clock).toISOString()
  }

  private handle(channel: ChannelName, args: unknown[]): Result<unknown> {
    const stories = this.snapshot.stories
    switch (channel) {
      case 'vault:open':
      case 'vault:reload':
        return ok(structuredClone(this.snapshot))
      case 'vault:start':
        this.snapshot = { ...this.snapshot, onboarded: true }
        return ok(structuredClone(this.snapshot))
      case 'stories:save': {
        const draft = args[0] as Story
        const existing = stories.find((s) => s.id === draft.id)
        const now = this.now()
        const story = StorySchema.parse({
          ...draft,
          id: draft.id ?? `story-${this.nextId++}`,
          createdAt: existing?.createdAt ?? now,
          updatedAt: now,
        })
        this.snapshot.stories = existing
          ? stories.map((s) => (s.id === story.id ? story : s))
          : [...stories, story]
        return ok(story)
      }
      case 'stories:delete': {
        const story = stories.find((s) => s.id === args[0])
        if (!story) return fail('not-found', 'That story is no longer in the vault.')
        this.snapshot.stories = stories.filter((s) => s !== story)
        this.trash = [...this.trash, { story, deletedAt: this.now() }]
        return ok(story)
      }
      case 'trash:list':
        return ok(trashNewestFirst(this.trash))
      case 'trash:restore': {
        const doc = { stories, trash: this.trash }
        const restored = restoreFromTrash(doc, args[0] as string, () => `story-${this.nextId++}`)
        if (!restored) return fail('not-found', 'That story is no longer in Recently deleted.')
        this.snapshot.stories = restored.doc.stories
        this.trash = restored.doc.trash
        return ok(restored.restored)
      }
      case 'trash:delete-forever':
        this.trash = this.trash.filter((item) => item.story.id !== args[0])
        return ok(trashNewestFirst(this.trash))
      case 'trash:empty':
        this.trash = []
        return ok([])
      case 'stories:restore': {
        const story = args[0] as Story
        this.snapshot.stories = [...stories, story]
        return ok(story)
      }
      case 'settings:update':
        this.snapshot.settings = { ...this.snapshot.settings, ...(args[0] as object) }
        return ok(this.snapshot.settings)
      default:
        return fail('unavailable', `The fake bridge does not answer ${channel}.`)
    }
  }
}

export function makeStory(overrides: Partial<Story> & { id: string; title: string }): Story {
  return StorySchema.parse({
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  })
}
