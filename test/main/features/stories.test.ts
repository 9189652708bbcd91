import { afterEach, describe, expect, it } from 'vitest'
import { emptyStoryFields } from '../../../src/shared/story/schema'
import type { VaultDocument } from '../../../src/shared/vault/document'
import { readJson } from '../vault/helpers'
import { openHarness, value, type Harness } from './harness'

let h: Harness
afterEach(() => h?.close())

const onDisk = () => readJson(h.vault.path) as VaultDocument

describe('story handlers', () => {
  it('stories:save creates a story with an id and times, on disk when it resolves', async () => {
    h = await openHarness()
    const saved = value(
      await h.call('stories:save', { ...emptyStoryFields('Cut build times'), company: 'Acme' }),
    )
    expect(saved.id).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(saved.createdAt).toBe(saved.updatedAt)
    expect(onDisk().stories).toEqual([saved])
    expect(value(await h.call('stories:list'))).toEqual([saved])
  })

  it('stories:save updates an existing story, keeping createdAt', async () => {
    h = await openHarness('valid.json')
    const before = value(await h.call('stories:list'))[0]
    if (!before) throw new Error('fixture has stories')
    const saved = value(await h.call('stories:save', { ...before, title: 'Renamed' }))
    expect(saved).toMatchObject({ id: before.id, title: 'Renamed', createdAt: before.createdAt })
    expect(saved.updatedAt > before.updatedAt).toBe(true)
    expect(onDisk().stories.map((s) => s.title)).toEqual(['Renamed', 'Calmed a conflict between two teams'])
  })

  it('stories:save reports an unknown id as not found', async () => {
    h = await openHarness('valid.json')
    const result = await h.call('stories:save', { ...emptyStoryFields('Ghost'), id: 'no-such-story' })
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('stories:save refuses a 10 MB field fast with the field limit in plain words', async () => {
    h = await openHarness()
    const started = performance.now()
    const result = await h.callRaw('stories:save', [
      { ...emptyStoryFields('Paste accident'), action: 'y'.repeat(10 * 1024 * 1024) },
    ])
    expect(performance.now() - started).toBeLessThan(1000)
    if (result.ok) throw new Error('should have been refused')
    expect(['too-large', 'invalid-input']).toContain(result.error.code)
    expect([result.error.message, ...(result.error.details ?? [])].join(' ')).toMatch(
      /Action is limited to 20,000 characters/,
    )
    expect(value(await h.call('stories:list'))).toEqual([])
  })

  it('stories:delete removes and returns the story; stories:restore puts it back exactly', async () => {
    h = await openHarness('valid.json')
    const [first] = value(await h.call('stories:list'))
    if (!first) throw new Error('fixture has stories')
    const deleted = value(await h.call('stories:delete', first.id))
    expect(deleted).toEqual(first)
    expect(onDisk().stories.map((s) => s.id)).toEqual(['s-2'])
    const restored = value(await h.call('stories:restore', deleted))
    expect(restored).toEqual(first)
    expect(onDisk().stories.find((s) => s.id === first.id)).toEqual(first)
  })

  it('stories:delete reports an unknown id as not found', async () => {
    h = await openHarness()
    expect(await h.call('stories:delete', 'missing')).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
  })
})
