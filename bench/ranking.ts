/**
 * `npx tsx bench/index.ts ranking`: ranking quality alone (no speed runs) on every labelled set —
 * bench/eval tune, dev and held-out, the fresh vault and many writers — with how concentrated first
 * places are ("hubs": one story that comes first for many questions of its kind).
 */
import { hubs, loadEval, FRESH_DIR, rankers, measure, type EvalSet } from './search-quality'
import { manyWriters, manyWriterVaults } from './many-writers'

function hubsOf(set: EvalSet, split?: string): ReturnType<typeof hubs> {
  const questions = split ? set.questions.filter((q) => q.split === split) : set.questions
  return hubs(rankers(set).ours, questions)
}

export async function run(): Promise<Record<string, unknown>> {
  const main = loadEval()
  const fresh = loadEval(FRESH_DIR)
  const report: Record<string, unknown> = {}
  if (!('skipped' in main)) {
    const ours = rankers(main).ours
    for (const split of ['tune', 'dev', 'heldout'] as const) {
      const questions = main.questions.filter((q) => q.split === split)
      report[split] = { ...measure(ours, questions), hubs: hubsOf(main, split) }
    }
    report.allMain = { ...measure(ours, main.questions), hubs: hubsOf(main) }
  }
  if (!('skipped' in fresh)) {
    report.freshVault = { ...measure(rankers(fresh).ours, fresh.questions), hubs: hubsOf(fresh) }
  }
  const writers = manyWriters() as Record<string, unknown>
  const perVault = manyWriterVaults().map((vault) => hubs(rankers(vault).ours, vault.questions))
  report.manyWriters = {
    ours: writers.ours,
    hubs: {
      meanTopShare: round(perVault.reduce((s, h) => s + h.topShare, 0) / Math.max(1, perVault.length)),
      maxFirstPlaces: Math.max(...perVault.map((h) => h.maxFirstPlaces)),
    },
  }
  return report
}

const round = (x: number) => Math.round(x * 1000) / 1000
