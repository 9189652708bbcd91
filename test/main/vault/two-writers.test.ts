import { beforeAll, describe, expect, it } from 'vitest'
import { runTwoWriters } from '../../../bench/two-writers'
import { ensureBuiltCli } from '../cli/built-cli'

beforeAll(ensureBuiltCli, 180_000)

describe('the browser host and story-vault import writing one vault at once (real processes)', () => {
  it('keeps every write either of them confirmed; the command never fails for a busy vault', async () => {
    const figures = await runTwoWriters({
      durationMs: 5_000,
      cliLanes: 2,
      hostPauseMs: [5, 60],
      minCliConfirmed: 2,
      maxDurationMs: 60_000,
    })
    // Both sides must really have written, or the test proves nothing.
    expect(figures.hostConfirmed).toBeGreaterThan(0)
    expect(figures.cliConfirmed).toBeGreaterThan(1)
    expect(figures.lost).toEqual([])
    expect(figures.cliFailures).toEqual([])
    expect(figures.hostOtherFailures).toEqual([])
    expect(figures.unreadableBackups).toBe(0)
  }, 120_000)
})
