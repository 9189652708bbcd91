import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseVaultText } from '../../../src/main/vault/parse'
import { bundleChild, killRound } from './kill-harness'
import { tempVault } from './helpers'

const KILLS = 30

let child: Awaited<ReturnType<typeof bundleChild>>
beforeAll(async () => {
  child = await bundleChild(join(import.meta.dirname, 'kill-rating-child.ts'))
})
afterAll(() => child.remove())

/** History length on disk, and whether the card agrees with it (both are written in one save). */
function onDisk(vaultPath: string): { entries: number; cardReps: number } {
  if (!existsSync(vaultPath)) return { entries: 0, cardReps: 0 }
  const parsed = parseVaultText(readFileSync(vaultPath, 'utf8'))
  if (parsed.kind !== 'ok') throw new Error(`vault unreadable after kill: ${JSON.stringify(parsed)}`)
  return { entries: parsed.doc.practice.history.length, cardReps: parsed.doc.practice.cards[0]?.reps ?? 0 }
}

describe('crash safety of practice ratings', () => {
  it(`keeps every confirmed rating, with its card, across ${KILLS} SIGKILLs`, async () => {
    const vault = tempVault()
    try {
      let confirmedBefore = 0
      for (let i = 0; i < KILLS; i++) {
        const round = await killRound(child.path, vault.path, 150)
        const lastConfirmed = Math.max(round.lastDone, round.ready)
        const disk = onDisk(vault.path)
        const allowed = new Set([lastConfirmed, round.lastStarted])
        if (!allowed.has(disk.entries) || disk.entries < confirmedBefore) {
          throw new Error(
            `round ${i}: disk has ${disk.entries} ratings, confirmed ${lastConfirmed}, in flight ${round.lastStarted}`,
          )
        }
        // The card moved on exactly once per rating kept: history and schedule never disagree.
        expect(disk.cardReps).toBe(disk.entries)
        confirmedBefore = lastConfirmed
      }
      expect(readdirSync(vault.dir).filter((name) => name.includes('corrupt'))).toEqual([])
      // The kills must land mid-work, or the test proves nothing.
      expect(onDisk(vault.path).entries).toBeGreaterThan(KILLS / 2)
    } finally {
      vault.cleanup()
    }
  }, 120_000)
})
