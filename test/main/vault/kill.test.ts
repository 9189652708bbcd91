import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backupsDirFor } from '../../../src/main/vault/backup-files'
import { parseVaultText } from '../../../src/main/vault/parse'
import { bundleChild, killRound } from './kill-harness'
import { tempVault, type TempVault } from './helpers'

const KILLS = 200
const LANES = 2
/** On a loaded machine a child takes over a second to start: stop at this budget, with at least MIN_KILLS. */
const BUDGET_MS = 100_000
const MIN_KILLS = 30

let child: Awaited<ReturnType<typeof bundleChild>>
beforeAll(async () => {
  child = await bundleChild(join(import.meta.dirname, 'kill-child.ts'))
})
afterAll(() => child.remove())

function markerOnDisk(vaultPath: string): number {
  // Killed before the very first save finished: no file yet, which is save 0.
  if (!existsSync(vaultPath)) return 0
  const parsed = parseVaultText(readFileSync(vaultPath, 'utf8'))
  if (parsed.kind !== 'ok') throw new Error(`vault unreadable after kill: ${JSON.stringify(parsed)}`)
  const title = parsed.doc.stories[0]?.title ?? 'Save 0'
  return Number(/Save (\d+)/.exec(title)?.[1] ?? 0)
}

/** Every backup left behind is a whole vault: a kill mid-backup leaves none or a complete one. */
function unreadableBackups(vault: TempVault): string[] {
  const dir = backupsDirFor(vault.path)
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .filter((name) => parseVaultText(readFileSync(join(dir, name), 'utf8')).kind !== 'ok')
}

async function lane(
  vault: TempVault,
  rounds: number,
  until: number,
): Promise<{ kills: number; saves: number; inFlightSeen: number; midSave: number }> {
  let inFlightSeen = 0
  let midSave = 0
  let confirmedBefore = 0
  let kills = 0
  for (let i = 0; i < rounds && Date.now() < until; i++, kills++) {
    const round = await killRound(child.path, vault.path, 40)
    const lastConfirmed = Math.max(round.lastDone, round.ready)
    const onDisk = markerOnDisk(vault.path)
    // Every confirmed save survives; at most the one in flight may also have landed.
    const allowed = new Set([lastConfirmed, round.lastStarted])
    if (!allowed.has(onDisk) || onDisk < confirmedBefore) {
      throw new Error(
        `round ${i}: disk has save ${onDisk}, confirmed ${lastConfirmed}, in flight ${round.lastStarted}`,
      )
    }
    if (onDisk === round.lastStarted && onDisk !== lastConfirmed) inFlightSeen++
    if (round.lastStarted > lastConfirmed) midSave++
    confirmedBefore = lastConfirmed
    const unreadable = unreadableBackups(vault)
    if (unreadable.length) throw new Error(`round ${i}: unreadable backups ${unreadable.join(', ')}`)
  }
  expect(readdirSync(vault.dir).filter((name) => name.includes('corrupt'))).toEqual([])
  return { kills, saves: markerOnDisk(vault.path), inFlightSeen, midSave }
}

describe('crash safety', () => {
  it(
    `keeps the vault, its backups and every confirmed save across up to ${KILLS} SIGKILLs`,
    async () => {
      const vaults = Array.from({ length: LANES }, () => tempVault())
      try {
        const until = Date.now() + BUDGET_MS
        const results = await Promise.all(vaults.map((v) => lane(v, KILLS / LANES, until)))
        const kills = results.reduce((sum, r) => sum + r.kills, 0)
        const saves = results.reduce((sum, r) => sum + r.saves, 0)
        const midSave = results.reduce((sum, r) => sum + r.midSave, 0)
        console.info(`kill test: ${kills} kills, ${saves} confirmed saves kept, ${midSave} kills mid-save`)
        // Every round confirmed at least one save that had to survive, and most kills landed mid-save
        // (the child saves back to back), or the test would prove nothing.
        expect(kills).toBeGreaterThanOrEqual(MIN_KILLS)
        expect(saves).toBeGreaterThanOrEqual(kills)
        expect(midSave).toBeGreaterThan(kills / 2)
      } finally {
        vaults.forEach((v) => v.cleanup())
      }
    },
    BUDGET_MS + 60_000,
  )
})
