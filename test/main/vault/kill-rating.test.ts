import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseVaultText } from '../../../src/main/vault/parse'
import { tempVault } from './helpers'

const ROOT = resolve(import.meta.dirname, '../../..')
const CHILD = join(ROOT, '.tmp', `kill-rating-child-${process.pid}.mjs`)
const KILLS = 30

beforeAll(async () => {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true })
  await build({
    entryPoints: [join(import.meta.dirname, 'kill-rating-child.ts')],
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
        if (word === 'ready') {
          round.ready = n
          setTimeout(() => child.kill('SIGKILL'), Math.random() * 150)
        } else if (word === 'start') round.lastStarted = n
        else if (word === 'done') round.lastDone = n
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
        const round = await killRound(vault.path)
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
