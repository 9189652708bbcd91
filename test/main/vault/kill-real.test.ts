import { beforeAll, describe, expect, it } from 'vitest'
import { runKillWriters } from '../../../bench/kill-writers'
import { ensureBuiltCli } from '../cli/built-cli'

beforeAll(ensureBuiltCli, 180_000)

describe('SIGKILL of the real writers mid-save (story-vault import and the browser host, at once)', () => {
  it('leaves a readable vault and readable backups, with every confirmed write in the vault', async () => {
    const figures = await runKillWriters({
      durationMs: 20_000,
      minCliKills: 3,
      minHostKills: 2,
      maxDurationMs: 100_000,
    })
    console.info(`kill-real: ${JSON.stringify({ ...figures, lost: figures.lost.length })}`)
    // The kills must really land, on both kinds of writer, or the test proves nothing.
    expect(figures.cliKills).toBeGreaterThanOrEqual(3)
    expect(figures.hostKills).toBeGreaterThanOrEqual(2)
    expect(figures.confirmed).toBeGreaterThan(5)
    expect(figures.backups).toBeGreaterThan(0)
    expect(figures.problems).toEqual([])
    expect(figures.lost).toEqual([])
  }, 180_000)
})
