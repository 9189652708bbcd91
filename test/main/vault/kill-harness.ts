import { spawn } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { build } from 'esbuild'

const ROOT = resolve(import.meta.dirname, '../../..')

/**
 * Bundles a child script once, to start it with plain node: tsx would cost a second per start, and the
 * kill tests start hundreds. Inside the repo (git-ignored) so bare imports (lowdb, zod) resolve.
 */
export async function bundleChild(entry: string): Promise<{ path: string; remove: () => void }> {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true })
  const path = join(ROOT, '.tmp', `${basename(entry, '.ts')}-${process.pid}.mjs`)
  await build({
    entryPoints: [entry],
    outfile: path,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
  })
  return { path, remove: () => rmSync(path, { force: true }) }
}

/** What a child announced before it was killed: "ready N", then "start N" / "done N" per save. */
export interface Round {
  ready: number
  lastStarted: number
  lastDone: number
}

/**
 * Starts the child, lets it save for a random moment up to `maxDelayMs`, SIGKILLs it, and reports what
 * it announced. The kill is armed only once the child confirmed its first save, so a slow start on a
 * loaded machine still gives every round a save to keep and one in flight to interrupt.
 */
export function killRound(child: string, vaultPath: string, maxDelayMs: number): Promise<Round> {
  return new Promise((resolvePromise, reject) => {
    const proc = spawn(process.execPath, [child, vaultPath], { stdio: ['ignore', 'pipe', 'pipe'] })
    const round: Round = { ready: -1, lastStarted: -1, lastDone: -1 }
    let buffer = ''
    let stderr = ''
    proc.stdout.setEncoding('utf8')
    proc.stdout.on('data', (chunk: string) => {
      buffer += chunk
      const lines = buffer.split('\n')
      buffer = lines.pop() ?? ''
      for (const line of lines) {
        const [word, value] = line.split(' ')
        const n = Number(value)
        if (word === 'ready') round.ready = n
        else if (word === 'start') round.lastStarted = n
        else if (word === 'done') {
          if (round.lastDone === -1) setTimeout(() => proc.kill('SIGKILL'), Math.random() * maxDelayMs)
          round.lastDone = n
        }
      }
    })
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    proc.on('error', reject)
    proc.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child exited on its own: ${stderr}`))
      else resolvePromise(round)
    })
  })
}
