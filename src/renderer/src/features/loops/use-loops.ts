import { useCallback, useEffect, useRef, useState } from 'react'
import type { LoopsState } from '../../../../shared/contract/loops'
import type { Result } from '../../../../shared/contract'
import {
  LogDraftSchema,
  LoopDraftSchema,
  type LogDraft,
  type Loop,
  type LoopDraft,
} from '../../../../shared/loops/schema'
import { useVault } from '../../state/vault-context'

function messageOf(result: Result<unknown>): string | null {
  if (result.ok) return null
  const details = result.error.details?.length ? ` ${result.error.details.join(' ')}` : ''
  return `${result.error.message}${details}`
}

/** The loops and what their plans read, kept in step with main after every change. */
export function useLoops() {
  const vault = useVault()
  const { bridge } = vault
  const [state, setState] = useState<LoopsState | null>(null)
  const [error, setError] = useState<string | null>(null)
  // Changes go to main one at a time, each applied to the loop as the previous change left it:
  // two quick picks in a row must not overwrite each other.
  const latest = useRef<LoopsState | null>(null)
  const queue = useRef<Promise<unknown>>(Promise.resolve())
  useEffect(() => {
    latest.current = state
  }, [state])

  // Stories deleted or restored elsewhere change the titles a plan shows: re-read then.
  useEffect(() => {
    let live = true
    void bridge.invoke('loops:list').then((result) => {
      if (!live) return
      if (result.ok) setState(result.value)
      else setError(messageOf(result))
    })
    return () => {
      live = false
    }
  }, [bridge, vault.stories])

  const take = useCallback(<T>(result: Result<T>, pick: (value: T) => LoopsState): Result<T> => {
    setError(messageOf(result))
    if (result.ok) {
      latest.current = pick(result.value)
      setState(latest.current)
    }
    return result
  }, [])

  const save = useCallback(
    async (draft: LoopDraft): Promise<Loop | null> => {
      const parsed = LoopDraftSchema.safeParse(draft)
      if (!parsed.success) {
        setError(parsed.error.issues.map((i) => i.message).join(' '))
        return null
      }
      const result = take(await bridge.invoke('loops:save', parsed.data), (v) => v.state)
      return result.ok ? result.value.loop : null
    },
    [bridge, take],
  )
  const remove = useCallback(
    async (id: string) => take(await bridge.invoke('loops:delete', id), (v) => v).ok,
    [bridge, take],
  )
  const restore = useCallback(
    async (id: string) => take(await bridge.invoke('loops:restore', id), (v) => v).ok,
    [bridge, take],
  )
  const log = useCallback(
    async (draft: LogDraft) => {
      const parsed = LogDraftSchema.safeParse(draft)
      if (!parsed.success) {
        setError(parsed.error.issues.map((i) => i.message).join(' '))
        return false
      }
      const result = take(await bridge.invoke('loops:log', parsed.data), (v) => v.state)
      if (result.ok) vault.refresh(result.value.snapshot)
      return result.ok
    },
    [bridge, take, vault],
  )
  /** Changes one loop as it is once earlier changes have landed. */
  const update = useCallback(
    (id: string, change: (loop: Loop) => LoopDraft): Promise<Loop | null> => {
      const next = queue.current.then(() => {
        const loop = latest.current?.loops.find((l) => l.id === id)
        return loop ? save(change(loop)) : null
      })
      queue.current = next.catch(() => undefined)
      return next
    },
    [save],
  )
  return { state, error, clearError: () => setError(null), save, update, remove, restore, log }
}
