/**
 * Vault figures: cold load of generated vaults and one story save until durable.
 * Targets: load ≤ 300 ms at 10k stories; save ≤ 50 ms at 1k, ≤ 250 ms at 10k.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { vaultFileText, writeFileAtomic } from '../src/main/vault/atomic-file'
import { openVaultStore } from '../src/main/vault/store'
import { CURRENT_SCHEMA_VERSION, type VaultDocument } from '../src/shared/vault/document'
import { generateStories } from './generate-stories'

const TARGETS: Record<number, { loadMs?: number; saveMs: number }> = {
  1_000: { saveMs: 50 },
  10_000: { loadMs: 300, saveMs: 250 },
}
const SAVES = 7

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN
const round = (ms: number) => Math.round(ms * 10) / 10

/** Median cold load and median save (after the first) of a vault file; the store stays open for more. */
export async function loadAndSave(
  path: string,
  change: (doc: VaultDocument, i: number) => VaultDocument,
): Promise<{
  loadMs: number
  firstLoadMs: number
  saveMs: number
  firstSaveMs: number
  doc: VaultDocument
}> {
  const loads: number[] = []
  for (let i = 0; i < 3; i++) {
    const started = performance.now()
    const store = await openVaultStore(path, { watch: false })
    loads.push(performance.now() - started)
    await store.close()
  }
  const store = await openVaultStore(path, { watch: false })
  const saves: number[] = []
  for (let i = 0; i < SAVES; i++) {
    const started = performance.now()
    await store.update((current) => change(current, i))
    saves.push(performance.now() - started)
  }
  const doc = store.current()
  await store.close()
  return {
    loadMs: round(median(loads)),
    firstLoadMs: round(loads[0] ?? NaN),
    saveMs: round(median(saves.slice(1))),
    firstSaveMs: round(saves[0] ?? NaN),
    doc,
  }
}

async function measure(count: number): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'story-vault-bench-'))
  try {
    const path = join(dir, 'vault.json')
    const doc = { schemaVersion: CURRENT_SCHEMA_VERSION, onboarded: true, stories: generateStories(count, 7) }
    await writeFileAtomic(path, vaultFileText(doc))
    // Default backup schedule: the first save of a session also copies the file to backups/.
    const { loadMs, firstLoadMs, saveMs, firstSaveMs } = await loadAndSave(path, (current, i) => ({
      ...current,
      stories: current.stories.map((story, index) =>
        index === i
          ? { ...story, title: `${story.title} (edited ${i})`, updatedAt: new Date().toISOString() }
          : story,
      ),
    }))
    const target = TARGETS[count] ?? { saveMs: Infinity }
    return {
      stories: count,
      fileMB: round(statSync(path).size / 1024 / 1024),
      coldLoadMs: loadMs,
      firstLoadMs,
      saveMs,
      firstSaveWithBackupMs: firstSaveMs,
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
