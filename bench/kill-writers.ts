/**
 * SIGKILL the real writers mid-save, over and over, on one vault: `story-vault import` runs and the
 * browser host (`story-vault serve`) saving back to back, at the same time. After every kill the vault
 * must read, every backup must read, and every write a writer confirmed must be in the file.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { backupsDirFor } from '../src/main/vault/backup-files'
import { parseVaultText } from '../src/main/vault/parse'
import { importFile, runCli, startServe, storyDraft } from './writers'

export interface KillFigures {
  cliKills: number
  cliCompleted: number
  hostKills: number
  confirmed: number
  found: number
  lost: string[]
  backups: number
  problems: string[]
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Problems with the vault and its backups as they are on disk right now. */
function checkDisk(vaultPath: string, confirmed: readonly string[]): { problems: string[]; lost: string[] } {
  const problems: string[] = []
  let titles = new Set<string>()
  if (existsSync(vaultPath)) {
    const parsed = parseVaultText(readFileSync(vaultPath, 'utf8'))
    if (parsed.kind === 'ok') titles = new Set(parsed.doc.stories.map((s) => s.title))
    else problems.push(`vault unreadable: ${parsed.kind}`)
  }
  const dir = backupsDirFor(vaultPath)
  for (const name of existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.json')) : []) {
    const kind = parseVaultText(readFileSync(join(dir, name), 'utf8')).kind
    if (kind !== 'ok') problems.push(`backup ${name} is ${kind}`)
  }
  return { problems, lost: confirmed.filter((title) => !titles.has(title)) }
}

async function cliLane(
  vaultPath: string,
  dir: string,
  more: () => boolean,
  figures: KillFigures,
  confirmed: string[],
) {
  let typicalMs = 0
  for (let n = 0; more(); n++) {
    const title = `cli-${n}`
    const started = Date.now()
    const { child, done } = runCli(vaultPath, ['import', importFile(dir, title)])
    // The first run is timed, not killed; later ones die late in a run that long (past start-up, mostly).
    const timer =
      n === 0 ? undefined : setTimeout(() => child.kill('SIGKILL'), typicalMs * (0.6 + Math.random() * 0.5))
    const run = await done
    clearTimeout(timer)
    if (n === 0) typicalMs = Date.now() - started
    if (run.code === 0) {
      confirmed.push(title)
      figures.cliCompleted++
    } else if (run.signal === 'SIGKILL') figures.cliKills++
    else figures.problems.push(`${title}: exit ${run.code}: ${run.stderr.trim()}`)
  }
}

async function hostLane(vaultPath: string, more: () => boolean, figures: KillFigures, confirmed: string[]) {
  for (let round = 0; more(); round++) {
    const host = await startServe(vaultPath)
    const killAt = Date.now() + 300 + Math.random() * 1500
    const killed = sleep(killAt - Date.now()).then(() => host.child.kill('SIGKILL'))
    for (let n = 0; Date.now() < killAt; n++) {
      const title = `host-${round}-${n}`
      const result = await host.invoke('stories:save', [storyDraft(title)]).catch(() => null)
      if (result === null) break // killed while this save was in flight: not confirmed
      if (result.ok) confirmed.push(title)
      else if (result.error?.code === 'conflict') await host.invoke('vault:reload', []).catch(() => null)
      else figures.problems.push(`${title}: ${result.error?.message}`)
    }
    await killed
    await host.stop()
    figures.hostKills++
  }
}

export interface KillOptions {
  durationMs: number
  /** Keep going past durationMs (up to maxDurationMs) until this many kills of each writer happened. */
  minCliKills?: number
  minHostKills?: number
  maxDurationMs?: number
}

/** Runs both lanes for `durationMs`, checking the disk while they run and at the end. */
export async function runKillWriters(options: KillOptions): Promise<KillFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'story-vault-kill-writers-'))
  const vaultPath = join(dir, 'vault.json')
  const figures: KillFigures = {
    cliKills: 0,
    cliCompleted: 0,
    hostKills: 0,
    confirmed: 0,
    found: 0,
    lost: [],
    backups: 0,
    problems: [],
  }
  const confirmed: string[] = []
  const until = Date.now() + options.durationMs
  const cap = Date.now() + Math.max(options.durationMs, options.maxDurationMs ?? 0)
  const enough = () =>
    figures.cliKills >= (options.minCliKills ?? 0) && figures.hostKills >= (options.minHostKills ?? 0)
  const more = () => Date.now() < until || (!enough() && Date.now() < cap)
  let checking = true
  const watchDisk = (async () => {
    while (checking) {
      await sleep(200)
      // Between writes the file may be mid-rename for a moment on some systems; only problems that persist count.
      const first = checkDisk(vaultPath, [])
      if (first.problems.length && checkDisk(vaultPath, []).problems.length)
        figures.problems.push(...first.problems)
    }
  })()
  try {
    await Promise.all([
      cliLane(vaultPath, dir, more, figures, confirmed),
      hostLane(vaultPath, more, figures, confirmed),
    ])
    checking = false
    await watchDisk
    const end = checkDisk(vaultPath, confirmed)
    figures.problems.push(...end.problems)
    figures.confirmed = confirmed.length
    figures.lost = end.lost
    figures.found = confirmed.length - end.lost.length
    const backups = backupsDirFor(vaultPath)
    figures.backups = existsSync(backups) ? readdirSync(backups).filter((n) => n.endsWith('.json')).length : 0
    return figures
  } finally {
    checking = false
    rmSync(dir, { recursive: true, force: true })
  }
}
