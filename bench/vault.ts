/**
 * Vault figures: cold load of generated vaults and one story save until durable.
 * Targets: load ≤ 300 ms at 10k stories; save ≤ 50 ms at 1k, ≤ 250 ms at 10k.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeFileAtomic } from '../src/main/vault/atomic-file'
import { openVaultStore } from '../src/main/vault/store'
import { CURRENT_SCHEMA_VERSION } from '../src/shared/vault/document'
import { generateStories } from './generate-stories'

const TARGETS: Record<number, { loadMs?: number; saveMs: number }> = {
  1_000: { saveMs: 50 },
  10_000: { loadMs: 300, saveMs: 250 },
}
const SAVES = 7

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN
const round = (ms: number) => Math.round(ms * 10) / 10

async function measure(count: number): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'story-vault-bench-'))
  try {
    const path = join(dir, 'vault.json')
    const doc = { schemaVersion: CURRENT_SCHEMA_VERSION, onboarded: true, stories: generateStories(count, 7) }
    await writeFileAtomic(path, `${JSON.stringify(doc, null, 2)}\n`)

    const loads: number[] = []
    for (let i = 0; i < 3; i++) {
      const started = performance.now()
      const store = await openVaultStore(path, { watch: false })
      loads.push(performance.now() - started)
      await store.close()
    }

    // Default backup schedule: the first save of a session also copies the file to backups/.
    const store = await openVaultStore(path, { watch: false })
    const saves: number[] = []
    for (let i = 0; i < SAVES; i++) {
      const started = performance.now()
      await store.update((current) => ({
        ...current,
        stories: current.stories.map((story, index) =>
          index === i
            ? { ...story, title: `${story.title} (edited ${i})`, updatedAt: new Date().toISOString() }
            : story,
        ),
      }))
      saves.push(performance.now() - started)
    }
    await store.close()

    const target = TARGETS[count] ?? { saveMs: Infinity }
    const loadMs = round(median(loads))
    const saveMs = round(median(saves.slice(1)))
    return {
      stories: count,
      fileMB: round(statSync(path).size / 1024 / 1024),
      coldLoadMs: loadMs,
      firstLoadMs: round(loads[0] ?? NaN),
      saveMs,
      firstSaveWithBackupMs: round(saves[0] ?? NaN),
      targets: target,
      pass: (target.loadMs === undefined || loadMs <= target.loadMs) && saveMs <= target.saveMs,
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export async function run(): Promise<Record<string, unknown>> {
  return {
    vaults: [await measure(1_000), await measure(10_000)],
    // The browser host's first list paint is measured by the host benchmark.
    firstListPaint: 'measured by the browser host benchmark',
  }
}
