// @vitest-environment jsdom
import type { ReactNode } from 'react'
import { act, cleanup, renderHook, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { ArgsOf, ChannelName, Result, ValueOf } from '../../../../src/shared/contract'
import type { LoopsState } from '../../../../src/shared/contract/loops'
import { ok } from '../../../../src/shared/contract/result'
import { LoopSchema, type Loop } from '../../../../src/shared/loops/schema'
import { withPick } from '../../../../src/renderer/src/features/loops/loop-draft'
import { useLoops } from '../../../../src/renderer/src/features/loops/use-loops'
import { VaultProvider } from '../../../../src/renderer/src/state/vault-context'
import { FakeBridge, makeStory } from '../../fake-bridge'

const NOW = '2026-12-01T09:00:00.000Z'

/** Main's loop channels, in memory, answering saves slowly so two changes can overlap. */
class LoopsBridge extends FakeBridge {
  loops: Loop[] = [
    LoopSchema.parse({
      id: 'l1',
      company: 'Acme',
      createdAt: NOW,
      updatedAt: NOW,
      rounds: [
        { id: 'r1', name: 'One', principles: ['ownership'] },
        { id: 'r2', name: 'Two', principles: ['ownership'] },
      ],
    }),
  ]

  private state(): LoopsState {
    return { loops: this.loops, ownQuestions: [], deletedTitles: {} }
  }

  override async invoke<K extends ChannelName>(channel: K, ...args: ArgsOf<K>): Promise<Result<ValueOf<K>>> {
    if (channel === 'loops:list') return ok(this.state()) as Result<ValueOf<K>>
    if (channel === 'loops:save') {
      await new Promise((resolve) => setTimeout(resolve, 30))
      const draft = args[0] as ArgsOf<'loops:save'>[0]
      const loop = LoopSchema.parse({ ...draft, createdAt: NOW, updatedAt: NOW })
      this.loops = this.loops.map((l) => (l.id === loop.id ? loop : l))
      return ok({ loop, state: this.state() }) as Result<ValueOf<K>>
    }
    return super.invoke(channel, ...args)
  }
}

afterEach(cleanup)

describe('useLoops', () => {
  it('applies two quick changes one after the other, so the second keeps the first', async () => {
    const bridge = new LoopsBridge({
      path: '/tmp/vault.json',
      health: { kind: 'ok' },
      onboarded: true,
      settings: { targetLevel: 'staff' },
      stories: [makeStory({ id: 's1', title: 'A story' })],
      sheets: [],
    })
    const wrapper = ({ children }: { children: ReactNode }) => (
      <VaultProvider bridge={bridge}>{children}</VaultProvider>
    )
    const { result } = renderHook(() => useLoops(), { wrapper })
    await waitFor(() => expect(result.current.state).not.toBeNull())
    await act(async () => {
      await Promise.all([
        result.current.update('l1', (loop) => withPick(loop, 'r1', 'ownership', 's1')),
        result.current.update('l1', (loop) => withPick(loop, 'r2', 'ownership', 's1')),
      ])
    })
    expect(bridge.loops[0]?.rounds.map((r) => r.picks.map((p) => p.storyId))).toEqual([['s1'], ['s1']])
    expect(result.current.state?.loops[0]?.rounds[0]?.picks).toHaveLength(1)
  })
})
