/**
 * Two kinds of writer on one vault at once, as real processes: the browser host saving a new story
 * every few milliseconds (as a person typing fast would, through the HTTP contract) and one or more
 * `story-vault import` loops. Every write a writer was told succeeded (host `ok: true`, CLI exit 0) is
 * looked for in the final file. Target: nothing lost; the CLI never fails because the host is busy; a
 * real conflict reaches the host (the person), who takes the file from disk and carries on.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { backupsDirFor } from '../src/main/vault/backup-files'
import { parseVaultText } from '../src/main/vault/parse'
import { runKillWriters } from './kill-writers'
import { importFile, runCli, startServe, storyDraft, type ServedHost } from './writers'

export interface TwoWritersOptions {
  durationMs: number
  /** How many `import` loops run beside the host. */
  cliLanes: number
  /** The host waits a random time in this range (ms) between saves. */
  hostPauseMs: [number, number]
  /** Keep going past durationMs (up to maxDurationMs) until the CLI confirmed this many imports. */
  minCliConfirmed?: number
  maxDurationMs?: number
}

export interface TwoWritersFigures {
  durationMs: number
  cliLanes: number
  hostPauseMs: [number, number]
  hostConfirmed: number
  hostConflicts: number
  hostOtherFailures: string[]
  cliConfirmed: number
  cliFailures: string[]
  found: number
  lost: string[]
  backups: number
  unreadableBackups: number
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const between = ([min, max]: [number, number]) => min + Math.random() * (max - min)

async function hostLane(
  host: ServedHost,
  more: () => boolean,
  pause: [number, number],
  figures: TwoWritersFigures,
  confirmed: string[],
) {
  for (let n = 0; more(); n++) {
    await sleep(between(pause))
    const title = `host-${n}`
    const result = await host.invoke('stories:save', [storyDraft(title)])
    if (result.ok) confirmed.push(title)
    else if (result.error?.code === 'conflict') {
      // What the person does on the "changed on disk" banner when they have nothing unsaved: take theirs.
      figures.hostConflicts++
      const reloaded = await host.invoke('vault:reload', [])
      if (!reloaded.ok) figures.hostOtherFailures.push(`reload: ${reloaded.error?.message}`)
    } else figures.hostOtherFailures.push(`${title}: ${result.error?.message}`)
  }
}

async function cliLane(
  vaultPath: string,
  dir: string,
  lane: number,
  more: () => boolean,
  figures: TwoWritersFigures,
  confirmed: string[],
) {
  for (let n = 0; more(); n++) {
    const title = `cli-${lane}-${n}`
    const run = await runCli(vaultPath, ['import', importFile(dir, title)]).done
    if (run.code === 0) confirmed.push(title)
    else figures.cliFailures.push(`${title} (exit ${run.code}): ${run.stderr.trim().split('\n')[0]}`)
  }
}

/** Runs the writers for `durationMs` on a fresh vault and checks the file for every confirmed write. */
export async function runTwoWriters(options: TwoWritersOptions): Promise<TwoWritersFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'story-vault-two-writers-'))
  const vaultPath = join(dir, 'vault.json')
  const figures: TwoWritersFigures = {
    ...options,
    hostConfirmed: 0,
    hostConflicts: 0,
    hostOtherFailures: [],
    cliConfirmed: 0,
    cliFailures: [],
    found: 0,
    lost: [],
    backups: 0,
    unreadableBackups: 0,
  }
  const host = await startServe(vaultPath)
  try {
    const start = await host.invoke('vault:start', ['empty'])
    if (!start.ok) throw new Error(`the host could not start the vault: ${start.error?.message}`)
    const until = Date.now() + options.durationMs
    const cap = Date.now() + Math.max(options.durationMs, options.maxDurationMs ?? 0)
    const hostConfirmed: string[] = []
    const cliConfirmed: string[] = []
    // On a loaded machine one CLI run can take seconds: go on until enough of them really happened.
    const more = () =>
      Date.now() < until || (cliConfirmed.length < (options.minCliConfirmed ?? 0) && Date.now() < cap)
    await Promise.all([
      hostLane(host, more, options.hostPauseMs, figures, hostConfirmed),
      ...Array.from({ length: options.cliLanes }, (_, lane) =>
        cliLane(vaultPath, dir, lane, more, figures, cliConfirmed),
      ),
    ])
    await host.stop()
    const parsed = parseVaultText(readFileSync(vaultPath, 'utf8'))
    if (parsed.kind !== 'ok') throw new Error(`the vault is not readable at the end: ${parsed.kind}`)
    const titles = new Set(parsed.doc.stories.map((story) => story.title))
    const confirmed = [...hostConfirmed, ...cliConfirmed]
    figures.hostConfirmed = hostConfirmed.length
    figures.cliConfirmed = cliConfirmed.length
    figures.found = confirmed.filter((title) => titles.has(title)).length
    figures.lost = confirmed.filter((title) => !titles.has(title))
    const backupDir = backupsDirFor(vaultPath)
    const backups = existsSync(backupDir) ? readdirSync(backupDir).filter((n) => n.endsWith('.json')) : []
    figures.backups = backups.length
    figures.unreadableBackups = backups.filter(
      (name) => parseVaultText(readFileSync(join(backupDir, name), 'utf8')).kind !== 'ok',
    ).length
    return figures
  } finally {
    await host.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * `npm run bench two-writers`: the slow-typing case (many imports), the fast-saving case, and both
 * writers SIGKILLed mid-save (bench/kill-writers.ts).
 */
export async function run(): Promise<Record<string, unknown>> {
  const bounds = { durationMs: 20_000, minCliConfirmed: 20, maxDurationMs: 120_000 }
  const slowHost = await runTwoWriters({ ...bounds, cliLanes: 4, hostPauseMs: [50, 300] })
  const fastHost = await runTwoWriters({ ...bounds, cliLanes: 1, hostPauseMs: [5, 25] })
  const summary = (f: TwoWritersFigures) => ({
    ...f,
    lost: f.lost.length,
    lostTitles: f.lost.slice(0, 10),
    cliFailures: f.cliFailures.length,
    cliFailureSamples: f.cliFailures.slice(0, 5),
    hostOtherFailures: f.hostOtherFailures.slice(0, 5),
  })
  const kills = await runKillWriters({
    durationMs: 40_000,
    minCliKills: 15,
    minHostKills: 5,
    maxDurationMs: 180_000,
  })
  return {
    target: 'every confirmed write found; no CLI failure; conflicts reach the host; every backup readable',
    slowHostFourImports: summary(slowHost),
    fastHostOneImport: summary(fastHost),
    sigkillBothWriters: { ...kills, lost: kills.lost.length, problems: kills.problems.slice(0, 5) },
    met:
      [slowHost, fastHost].every((f) => f.lost.length === 0 && f.cliFailures.length === 0) &&
      kills.lost.length === 0 &&
      kills.problems.length === 0,
  }
}
