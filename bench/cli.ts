/**
 * `npx tsx bench/index.ts cli`: the wall time of one real `story-vault search` and `story-vault list`
 * process (node out/main/cli.js) over vaults of 1,000 and 10,000 generated stories with no assigned
 * competencies — what a person waits for when asking one question from the terminal.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { writeFileAtomic } from '../src/main/vault/atomic-file'
import { CURRENT_SCHEMA_VERSION } from '../src/shared/vault/document'
import { generateStories } from './generate-stories'

const ROOT = resolve(import.meta.dirname, '..')
/** STORY_VAULT_CLI points at another build's cli.js, to compare before and after a change. */
const CLI = process.env.STORY_VAULT_CLI ?? join(ROOT, 'out', 'main', 'cli.js')
const RUNS = 3
const QUESTION = 'Tell me about a time you disagreed with a partner team about a deadline'

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN

/** GNU time, where there is one: CPU time shows the work itself on a loaded machine. */
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined

function timed(args: string[]): { wall: number; cpu: number } {
  const started = performance.now()
  const command = TIME ? [TIME, '-f', 'cpu %U %S', process.execPath] : [process.execPath]
  const run = spawnSync(command[0] as string, [...command.slice(1), CLI, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  const wall = performance.now() - started
  if (run.status !== 0) throw new Error(`story-vault ${args[0]} failed: ${run.stderr}`)
  const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(run.stderr)
  return { wall: Math.round(wall), cpu: cpu ? Math.round((Number(cpu[1]) + Number(cpu[2])) * 1000) : NaN }
}

async function measure(count: number): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'story-vault-cli-bench-'))
  try {
    const path = join(dir, 'vault.json')
    const stories = generateStories(count, 11).map((story) => ({ ...story, competencies: [] }))
    const doc = { schemaVersion: CURRENT_SCHEMA_VERSION, onboarded: true, stories }
    await writeFileAtomic(path, `${JSON.stringify(doc)}\n`)
    const search = Array.from({ length: RUNS }, () => timed(['search', QUESTION, '--vault', path]))
    const list = Array.from({ length: RUNS }, () => timed(['list', '--json', '--vault', path]))
    return {
      searchMs: median(search.map((t) => t.wall)),
      listMs: median(list.map((t) => t.wall)),
      searchCpuMs: median(search.map((t) => t.cpu)),
      listCpuMs: median(list.map((t) => t.cpu)),
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export async function run(): Promise<Record<string, unknown>> {
  if (!existsSync(CLI)) execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'ignore' })
  const report: Record<string, unknown> = {
    note: `median of ${RUNS} runs of the real CLI process, including Node start-up (wall time; CPU time, user + system, where GNU time exists); stories have no assigned competencies`,
  }
  for (const count of [1_000, 10_000]) report[`stories${count}`] = await measure(count)
  return report
}
