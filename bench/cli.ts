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

function wallMs(args: string[]): number {
  const started = performance.now()
  const run = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  const ms = performance.now() - started
  if (run.status !== 0) throw new Error(`story-vault ${args[0]} failed: ${run.stderr}`)
  return Math.round(ms)
}

async function measure(count: number): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'story-vault-cli-bench-'))
  try {
    const path = join(dir, 'vault.json')
    const stories = generateStories(count, 11).map((story) => ({ ...story, competencies: [] }))
    const doc = { schemaVersion: CURRENT_SCHEMA_VERSION, onboarded: true, stories }
    await writeFileAtomic(path, `${JSON.stringify(doc)}\n`)
    const search = Array.from({ length: RUNS }, () => wallMs(['search', QUESTION, '--vault', path]))
    const list = Array.from({ length: RUNS }, () => wallMs(['list', '--json', '--vault', path]))
    return { searchMs: median(search), listMs: median(list) }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export async function run(): Promise<Record<string, unknown>> {
  if (!existsSync(CLI)) execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'ignore' })
  const report: Record<string, unknown> = {
    note: `median of ${RUNS} runs of the real CLI process, including Node start-up; stories have no assigned competencies`,
  }
  for (const count of [1_000, 10_000]) report[`stories${count}`] = await measure(count)
  return report
}
