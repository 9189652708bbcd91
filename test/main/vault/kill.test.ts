import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backupsDirFor } from '../../../src/main/vault/backup-files'
import { parseVaultText } from '../../../src/main/vault/parse'
import { tempVault, type TempVault } from './helpers'

const ROOT = resolve(import.meta.dirname, '../../..')
// Inside the repo (git-ignored) so the bundle's bare imports (lowdb, zod) resolve from node_modules.
const CHILD = join(ROOT, '.tmp', `kill-child-${process.pid}.mjs`)
const KILLS = 200
const LANES = 2
/** On a loaded machine a child takes over a second to start: stop at this budget, with at least MIN_KILLS. */
const BUDGET_MS = 100_000
const MIN_KILLS = 30

beforeAll(async () => {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true })
  // One bundle, started with plain node: tsx would cost a second per start, 200 times.
  await build({
    entryPoints: [join(import.meta.dirname, 'kill-child.ts')],
    outfile: CHILD,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
  })
})
afterAll(() => rmSync(CHILD, { force: true }))

interface Round {
  ready: number
  lastStarted: number
  lastDone: number
}

/**
 * Starts the child, lets it save for a random moment, SIGKILLs it, and reports what it announced. The
 * kill is armed only once the child confirmed its first save, so a slow start on a loaded machine still
 * gives every round a save to keep and one in flight to interrupt.
 */
function killRound(vaultPath: string): Promise<Round> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [CHILD, vaultPath], { stdio: ['ignore', 'pipe', 'pipe'] })
    const round: Round = { ready: -1, lastStarted: -1, lastDone: -1 }
    let buffer = ''
    let stderr = ''
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk
      const lines = buffer.split('\n')
      buffer = lines.pop() ?? ''
      for (const line of lines) {
        const [word, value] = line.split(' ')
        const n = Number(value)
        if (word === 'ready') round.ready = n
        else if (word === 'start') round.lastStarted = n
        else if (word === 'done') {
          if (round.lastDone === -1) setTimeout(() => child.kill('SIGKILL'), Math.random() * 40)
          round.lastDone = n
        }
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child exited on its own: ${stderr}`))
      else resolvePromise(round)
    })
  })
}

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
    const round = await killRound(vault.path)
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
