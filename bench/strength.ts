/**
 * `npx tsx bench/index.ts strength`: how well the strength shown next to the first result
 * (strong / partial / weak) predicts that it is the labelled best story or an acceptable one. The
 * thresholds in src/shared/search/strength.ts were chosen on the tune and dev questions; held-out,
 * the fresh vault and many writers are reported, never tuned on.
 */
import { buildSearchIndex } from '../src/shared/search/index'
import { searchStories } from '../src/shared/search/rank'
import type { MatchStrength } from '../src/shared/search/strength'
import { manyWriterVaults } from './many-writers'
import { FRESH_DIR, loadEval, type EvalQuestion, type EvalSet } from './search-quality'

export interface FirstResult {
  fit: number
  strength: MatchStrength
  right: boolean
}

export function firstResults(set: EvalSet, questions: readonly EvalQuestion[]): FirstResult[] {
  const index = buildSearchIndex(set.stories)
  return questions.flatMap((q) => {
    const first = searchStories(index, q.text, { level: q.level ?? set.level, limit: 3 }).results[0]
    if (!first) return []
    const right = q.bestIds.includes(first.id) || q.acceptable.includes(first.id)
    return [{ fit: first.fit, strength: first.strength, right }]
  })
}

/** Per strength: how many first results got it and how many of those are right. */
export function byStrength(results: readonly FirstResult[]): Record<MatchStrength, object> {
  const report = {} as Record<MatchStrength, object>
  for (const strength of ['strong', 'partial', 'weak'] as const) {
    const group = results.filter((r) => r.strength === strength)
    const right = group.filter((r) => r.right).length
    report[strength] = {
      share: Math.round((group.length / Math.max(1, results.length)) * 1000) / 1000,
      firstIsRight: group.length ? Math.round((right / group.length) * 1000) / 1000 : null,
    }
  }
  return report
}

export async function run(): Promise<Record<string, unknown>> {
  const main = loadEval()
  const fresh = loadEval(FRESH_DIR)
  const report: Record<string, unknown> = {
    note: 'firstIsRight: the first story is the best or an acceptable one',
  }
  if (!('skipped' in main)) {
    for (const split of ['tune', 'dev', 'heldout'] as const) {
      report[split] = byStrength(
        firstResults(
          main,
          main.questions.filter((q) => q.split === split),
        ),
      )
    }
  }
  if (!('skipped' in fresh)) report.freshVault = byStrength(firstResults(fresh, fresh.questions))
  report.manyWriters = byStrength(manyWriterVaults().flatMap((vault) => firstResults(vault, vault.questions)))
  return report
}
