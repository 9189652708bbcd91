import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { StoryVaultBridge } from '../../src/shared/contract'

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>()
  return {
    exposed: new Map<string, unknown>(),
    listeners,
    invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, value: 'from main' })),
  }
})

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (event: string, listener: (...args: unknown[]) => void) => {
      const set = electron.listeners.get(event) ?? new Set()
      set.add(listener)
      electron.listeners.set(event, set)
    },
    removeListener: (event: string, listener: (...args: unknown[]) => void) =>
      electron.listeners.get(event)?.delete(listener),
  },
}))

let bridge: StoryVaultBridge
beforeAll(async () => {
  await import('../../src/preload/index')
  bridge = electron.exposed.get('storyVault') as StoryVaultBridge
})
beforeEach(() => electron.invoke.mockClear())

describe('preload bridge', () => {
  it('exposes exactly invoke and on as window.storyVault', () => {
    expect([...electron.exposed.keys()]).toEqual(['storyVault'])
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on'])
  })

  it('forwards contract channels to main', async () => {
    await expect(bridge.invoke('vault:start', 'demo')).resolves.toEqual({ ok: true, value: 'from main' })
    expect(electron.invoke).toHaveBeenCalledWith('vault:start', 'demo')
  })

  it('refuses names outside the contract without reaching main', async () => {
    const invoke = bridge.invoke as unknown as (channel: string) => Promise<unknown>
    for (const name of ['fs:read', 'constructor', '__proto__', 'toString']) {
      await expect(invoke(name)).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    }
    expect(electron.invoke).not.toHaveBeenCalled()
  })

  it('turns a lost main process into an unavailable result instead of throwing', async () => {
    electron.invoke.mockRejectedValueOnce(new Error('No handler registered'))
    await expect(bridge.invoke('vault:open')).resolves.toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    })
  })

  it('subscribes to known events only and unsubscribes', () => {
    const seen: unknown[] = []
    const off = bridge.on('menu:command', (payload) => seen.push(payload))
    const forward = [...(electron.listeners.get('menu:command') ?? [])][0]
    forward?.({ sender: 'ipc' }, { command: 'new-story' })
    expect(seen).toEqual([{ command: 'new-story' }])
    off()
    expect(electron.listeners.get('menu:command')?.size).toBe(0)

    const on = bridge.on as unknown as (event: string, cb: () => void) => () => void
    on('some:internal-channel', () => undefined)
    expect(electron.listeners.has('some:internal-channel')).toBe(false)
  })
})
