/** Search speed and memory at 100, 1,000 and 10,000 generated stories, for ours and both baselines. */
import { performance } from 'node:perf_hooks'
import Fuse from 'fuse.js'
import MiniSearch from 'minisearch'
import { questionBank } from '../src/shared/content/question-bank'
import { buildSearchIndex, fieldText, SEARCH_FIELDS, type SearchableStory } from '../src/shared/search/index'
import { searchStories } from '../src/shared/search/rank'
import { generateStories } from './generate-stories'

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0
  const value = sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number
  return Math.round(value * 100) / 100
}

function timeQueries(
  queries: readonly string[],
  run: (q: string) => unknown,
): { p50: number; p95: number; queries: number } {
  const times: number[] = []
  for (const q of queries) {
    const start = performance.now()
    run(q)
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return { p50: percentile(times, 50), p95: percentile(times, 95), queries: queries.length }
}

const gc = (globalThis as { gc?: () => void }).gc

function heapNow(): number {
  gc?.()
  gc?.()
  const usage = process.memoryUsage()
  return usage.heapUsed + usage.arrayBuffers
}

/** Builds something and reports its time and the heap it keeps (needs node --expose-gc to be exact). */
function build<T>(make: () => T): { value: T; ms: number; mb: number } {
  const before = heapNow()
  const start = performance.now()
  const value = make()
  const ms = Math.round((performance.now() - start) * 10) / 10
  const mb = Math.round(((heapNow() - before) / 1024 / 1024) * 10) / 10
  return { value, ms, mb }
}

const flatten = (story: SearchableStory, field: string): string =>
  fieldText(story, field as (typeof SEARCH_FIELDS)[number])

export async function speed(): Promise<Record<string, unknown>> {
  const queries = questionBank.map((q) => q.text)
  const paste = `${queries.join(' ')} `.repeat(10).slice(0, 20_000)
  const report: Record<string, unknown> = {
    generator: 'bench/generate-stories.ts (seed 42)',
    gcExposed: Boolean(gc),
    queries: 'content/question-bank.json texts (not eval questions)',
    targets: { p95Ms: '≤ 10 at 10,000', buildMs: '≤ 500 at 10,000', indexMb: '≤ 100 at 10,000' },
  }
  for (const n of [100, 1_000, 10_000]) {
    const stories = generateStories(n, 42)
    // Stories with no assigned competencies also pay for competency suggestions during the build.
    const needingSuggestions = stories.filter((s) => s.competencies.length === 0).length
    const ours = build(() => buildSearchIndex(stories))
    // The first query at a level fills the scope cache; a person types many queries per session.
    searchStories(ours.value, queries[0] ?? 'warm up', { level: 'staff' })
    const oursQueries = timeQueries(queries, (q) =>
      searchStories(ours.value, q, { level: 'staff', limit: 10 }),
    )
    const pasteStart = performance.now()
    searchStories(ours.value, paste, { level: 'staff' })
    const pasteMs = Math.round((performance.now() - pasteStart) * 100) / 100
    const rebuild = build(() =>
      buildSearchIndex(
        stories.map((s, i) => (i === 0 ? { ...s, title: `${s.title} edited`, updatedAt: 'edited' } : s)),
        { previous: ours.value },
      ),
    )

    // The same vault with no competencies assigned: every story then pays for suggestions.
    const untagged = build(() => buildSearchIndex(stories.map((s) => ({ ...s, competencies: [] }))))

    const fuse = build(
      () =>
        new Fuse(
          stories.map((s) => Object.fromEntries(SEARCH_FIELDS.map((f) => [f, flatten(s, f)]))),
          { keys: SEARCH_FIELDS },
        ),
    )
    // fuse.js scans every story per query: a handful of queries is enough to time it at 10,000.
    const fuseQueries = timeQueries(queries.slice(0, n >= 10_000 ? 10 : 40), (q) => fuse.value.search(q))
    const mini = build(() => {
      const index = new MiniSearch<SearchableStory>({
        fields: SEARCH_FIELDS,
        extractField: (d, f) => (f === 'id' ? d.id : flatten(d, f)),
      })
      index.addAll(stories)
      return index
    })
    const miniQueries = timeQueries(queries, (q) => mini.value.search(q))
    report[String(n)] = {
      ours: {
        buildMs: ours.ms,
        storiesNeedingSuggestions: needingSuggestions,
        buildUntaggedMs: untagged.ms,
        indexMb: ours.mb,
        rebuildAfterOneEditMs: rebuild.ms,
        ...oursQueries,
        paste20kMs: pasteMs,
      },
      fuseDefault: { buildMs: fuse.ms, indexMb: fuse.mb, ...fuseQueries },
      minisearchBm25: { buildMs: mini.ms, indexMb: mini.mb, ...miniQueries },
    }
  }
  return report
}
