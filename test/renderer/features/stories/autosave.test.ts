import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AutosaveScheduler } from '../../../../src/renderer/src/features/stories/autosave'
import type { SaveOutcome, SaveStatus } from '../../../../src/renderer/src/features/stories/autosave'

function deferred() {
  let resolve!: (outcome: SaveOutcome) => void
  const promise = new Promise<SaveOutcome>((r) => (resolve = r))
  return { promise, resolve }
}

function setup(save: (value: string) => Promise<SaveOutcome>) {
  const statuses: SaveStatus['kind'][] = []
  const saved: string[] = []
  const scheduler = new AutosaveScheduler<string>({
    delayMs: 600,
    save,
    onStatus: (s) => statuses.push(s.kind),
    onSaved: (v) => saved.push(v),
  })
  return { scheduler, statuses, saved }
}

describe('AutosaveScheduler', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('saves only the newest value once typing pauses', async () => {
    const save = vi.fn(async (_: string): Promise<SaveOutcome> => ({ ok: true }))
    const { scheduler, statuses } = setup(save)
    scheduler.change('a')
    await vi.advanceTimersByTimeAsync(400)
    scheduler.change('ab')
    await vi.advanceTimersByTimeAsync(400)
    expect(save).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(200)
    expect(save.mock.calls).toEqual([['ab']])
    expect(statuses.at(-1)).toBe('saved')
  })

  it('flush saves at once without waiting for the pause', async () => {
    const save = vi.fn(async (_: string): Promise<SaveOutcome> => ({ ok: true }))
    const { scheduler } = setup(save)
    scheduler.change('now')
    await scheduler.flush()
    expect(save.mock.calls).toEqual([['now']])
    await vi.advanceTimersByTimeAsync(1000)
    expect(save).toHaveBeenCalledTimes(1)
  })

  it('never loses what was typed while a save was in flight', async () => {
    const first = deferred()
    const save = vi.fn((value: string) =>
      value === 'one' ? first.promise : Promise.resolve<SaveOutcome>({ ok: true }),
    )
    const { scheduler, saved, statuses } = setup(save)
    scheduler.change('one')
    await vi.advanceTimersByTimeAsync(600)
    scheduler.change('one two')
    const flushed = scheduler.flush()
    first.resolve({ ok: true })
    await flushed
    expect(saved).toEqual(['one', 'one two'])
    expect(statuses.at(-1)).toBe('saved')
    expect(scheduler.hasUnsaved()).toBe(false)
  })

  it('keeps a failed value, reports it, and saves it on retry', async () => {
    let fail = true
    const save = vi.fn(async (_: string): Promise<SaveOutcome> =>
      fail ? { ok: false, error: { message: 'Disk full.' } } : { ok: true },
    )
    const { scheduler, saved } = setup(save)
    scheduler.change('draft')
    await scheduler.flush()
    expect(scheduler.status).toEqual({ kind: 'error', message: 'Disk full.' })
    expect(scheduler.hasUnsaved()).toBe(true)
    fail = false
    await scheduler.retry()
    expect(saved).toEqual(['draft'])
    expect(scheduler.status.kind).toBe('saved')
  })

  it('turns a thrown save into an error status instead of an unhandled rejection', async () => {
    const { scheduler } = setup(async () => {
      throw new Error('Connection lost.')
    })
    scheduler.change('x')
    await scheduler.flush()
    expect(scheduler.status).toEqual({ kind: 'error', message: 'Connection lost.' })
  })

  it('saves a newer value when the older one failed', async () => {
    const first = deferred()
    const save = vi.fn((value: string) =>
      value === 'old' ? first.promise : Promise.resolve<SaveOutcome>({ ok: true }),
    )
    const { scheduler, saved } = setup(save)
    scheduler.change('old')
    const flushing = scheduler.flush()
    scheduler.change('new')
    first.resolve({ ok: false, error: { message: 'Busy.' } })
    await flushing
    await vi.advanceTimersByTimeAsync(600)
    expect(saved).toEqual(['new'])
    expect(scheduler.status.kind).toBe('saved')
  })

  it('keeps the error code of a refused save, so a conflict can be told apart', async () => {
    const { scheduler } = setup(async () => ({
      ok: false,
      error: { message: 'Changed on disk.', code: 'conflict' },
    }))
    scheduler.change('x')
    await scheduler.flush()
    expect(scheduler.status).toEqual({ kind: 'error', message: 'Changed on disk.', code: 'conflict' })
    expect(scheduler.hasUnsaved()).toBe(true)
  })

  it('discard drops what is pending for good and waits for the save in flight', async () => {
    const first = deferred()
    const save = vi.fn((_: string) => first.promise)
    const { scheduler, saved, statuses } = setup(save)
    scheduler.change('in flight')
    const flushing = scheduler.flush()
    scheduler.change('pending')
    let settled = false
    const discarding = scheduler.discard().then(() => (settled = true))
    await vi.advanceTimersByTimeAsync(0)
    expect(settled).toBe(false)
    // The save in flight fails: with discard it is not kept for a retry, nor reported.
    first.resolve({ ok: false, error: { message: 'Changed on disk.', code: 'conflict' } })
    await discarding
    await flushing
    scheduler.change('typed into a replaced editor')
    await scheduler.flush()
    await vi.advanceTimersByTimeAsync(1000)
    expect(save.mock.calls).toEqual([['in flight']])
    expect(saved).toEqual([])
    expect(scheduler.hasUnsaved()).toBe(false)
    expect(statuses).not.toContain('error')
    expect(scheduler.status.kind).toBe('idle')
  })
})
