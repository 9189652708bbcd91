/**
 * The real writers of a vault, as separate processes: the browser host (`story-vault serve`, answering
 * the typed contract over HTTP) and `story-vault import`. Shared by bench/two-writers.ts and the tests.
 * Needs the built CLI (out/main/cli.js; `npm run bench` builds first).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { emptyStoryFields } from '../src/shared/story/schema'

export const ROOT = resolve(import.meta.dirname, '..')
export const CLI = join(ROOT, 'out', 'main', 'cli.js')
const URL_PATTERN = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/

const childEnv = () => ({ ...process.env, STORY_VAULT_PATH: '', XDG_CONFIG_HOME: '/nonexistent' })

export interface ServedHost {
  child: ChildProcess
  origin: string
  token: string
  /** Calls one contract channel; resolves to the `{ok, …}` result. */
  invoke(
    channel: string,
    args: unknown[],
  ): Promise<{ ok: boolean; error?: { code: string; message: string } }>
  stop(): Promise<void>
}

/** Starts `story-vault serve` on a free port and waits for its URL. */
export async function startServe(vaultPath: string): Promise<ServedHost> {
  const child = spawn(process.execPath, [CLI, 'serve', '--no-open', '--port', '0', '--vault', vaultPath], {
    env: childEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve printed no URL within 30 s:\n${output}`)), 30_000)
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      const match = URL_PATTERN.exec(output)
      if (match) {
        clearTimeout(timer)
        resolveUrl(match[0])
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`serve exited (${code}) before printing a URL:\n${output}`))
    })
  })
  child.removeAllListeners('exit')
  const { origin, searchParams } = new URL(url)
  const token = searchParams.get('token') ?? ''
  return {
    child,
    origin,
    token,
    invoke: async (channel, args) => {
      const response = await fetch(`${origin}/api/invoke/${channel}`, {
        method: 'POST',
        headers: { 'X-Story-Vault-Token': token, 'Content-Type': 'application/json' },
        body: JSON.stringify({ args }),
      })
      return (await response.json()) as { ok: boolean; error?: { code: string; message: string } }
    },
    stop: () => stopChild(child),
  }
}

export function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000)
    child.once('exit', () => {
      clearTimeout(force)
      done()
    })
    child.kill(signal)
  })
}

/** A new story as the app's editor sends it. */
export function storyDraft(title: string) {
  return { ...emptyStoryFields(title), situation: `Written by ${title} while another writer was saving.` }
}

/** Writes a one-story import file for `title` in `dir`. */
export function importFile(dir: string, title: string): string {
  const path = join(dir, `${title}.json`)
  writeFileSync(path, JSON.stringify([{ title, situation: `Imported as ${title}.` }]))
  return path
}

export interface CliRun {
  code: number | null
  signal: NodeJS.Signals | null
  stderr: string
  child: ChildProcess
}

/** Runs `story-vault --vault VAULT …args` as its own process. */
export function runCli(vaultPath: string, args: string[]): { child: ChildProcess; done: Promise<CliRun> } {
  const child = spawn(process.execPath, [CLI, '--vault', vaultPath, ...args], {
    env: childEnv(),
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const done = new Promise<CliRun>((resolveRun, reject) => {
    child.once('error', reject)
    child.once('exit', (code, signal) => resolveRun({ code, signal, stderr, child }))
  })
  return { child, done }
}
