/**
 * Interview loops: a vault of 1,000 stories plus 200 loops of 6 rounds each (every round planned and
 * logged) must open within the vault load budget (300 ms, the 10k-story target), and one loop's plan
 * with its warnings must be quick enough to recompute on every pick (target 200 ms).
 * `npx tsx bench/loops.ts` prints the figures alone; `npm run bench` includes them under `loops`.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { writeFileAtomic } from '../src/main/vault/atomic-file'
import { openVaultStore } from '../src/main/vault/store'
import { LENS_ORDER } from '../src/shared/lenses/lens-view'
import { planLoop } from '../src/shared/loops/plan'
import type { Loop } from '../src/shared/loops/schema'
import { loopWarnings } from '../src/shared/loops/warnings'
import { buildSearchIndex } from '../src/shared/search/index'
import { COMPETENCY_IDS } from '../src/shared/story/competency-ids'
import type { Story } from '../src/shared/story/schema'
import { CURRENT_SCHEMA_VERSION } from '../src/shared/vault/document'
import { generateStories } from './generate-stories'

const TARGETS = { loadMs: 300, planMs: 200 }
const COMPANIES = ['Amazon', 'amazon.com', 'AWS', 'Meta', 'Globex', 'Initech', 'Stripe Inc', 'Acme Ltd']
const NOW = '2026-12-07T10:00:00.000Z'

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN
const round = (ms: number) => Math.round(ms * 10) / 10

export function generateLoops(count: number, rounds: number, stories: readonly Story[]): Loop[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `loop-${i}`,
    company: COMPANIES[i % COMPANIES.length] as string,
    role: 'Staff engineer',
    level: 'staff' as const,
    lens: LENS_ORDER[i % LENS_ORDER.length] as string,
    archived: i % 5 === 0,
    createdAt: NOW,
    updatedAt: NOW,
    deletedAt: null,
    rounds: Array.from({ length: rounds }, (_, r) => {
      const competencies = [COMPETENCY_IDS[(i + r) % 12], COMPETENCY_IDS[(i + r + 5) % 12]] as string[]
      const story = stories[(i * rounds + r) % stories.length] as Story
      return {
        id: `loop-${i}-round-${r}`,
        name: `Round ${r + 1}`,
        at: `2027-0${(r % 9) + 1}-1${r}T10:00`,
        focus: 'Ownership, Dive Deep; a bar raiser who digs into numbers',
        principles: competencies,
        notes: 'Ask about the team first. Bring the migration numbers.',
        picks: [{ competency: competencies[0] as string, storyId: story.id, title: story.title }],
        log: {
          at: NOW,
          entries: [
            {
              question: 'Tell me about a time you owned a problem end to end.',
              storyId: story.id,
              storyTitle: story.title,
              rating: 'good' as const,
              note: 'went long',
            },
          ],
        },
      }
    }),
  }))
}

export async function run(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'story-vault-bench-loops-'))
  try {
    const stories = generateStories(1_000, 7)
    const loops = generateLoops(200, 6, stories)
    const withLoops = join(dir, 'with-loops.json')
    const without = join(dir, 'without.json')
    const write = (path: string, extra: object) =>
      writeFileAtomic(
        path,
        `${JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, onboarded: true, stories, ...extra }, null, 2)}\n`,
      )
    await write(withLoops, { loops })
    await write(without, {})
    // Interleaved, so a busy machine slows both alike: the difference is what the loops cost.
    const loads: number[] = []
    const baseline: number[] = []
    for (let i = 0; i < 5; i++) {
      for (const [path, into] of [
        [withLoops, loads],
        [without, baseline],
      ] as const) {
        const started = performance.now()
        const store = await openVaultStore(path, { watch: false })
        into.push(performance.now() - started)
        if (path === withLoops && store.current().loops.length !== 200)
          throw new Error('the loops did not load')
        await store.close()
      }
    }
    const index = buildSearchIndex(stories)
    const plans: number[] = []
    for (let i = 0; i < 5; i++) {
      const started = performance.now()
      const plan = planLoop(loops[i] as Loop, { stories, loops, ownQuestions: [], index })
      loopWarnings(plan)
      plans.push(performance.now() - started)
    }
    const loadMs = round(median(loads))
    const planMs = round(median(plans))
    return {
      stories: stories.length,
      loops: loops.length,
      roundsPerLoop: 6,
      fileMB: round(statSync(withLoops).size / 1024 / 1024),
      coldLoadMs: loadMs,
      coldLoadWithoutLoopsMs: round(median(baseline)),
      planOneLoopMs: planMs,
      targets: TARGETS,
      pass: loadMs <= TARGETS.loadMs && planMs <= TARGETS.planMs,
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  run().then((figures) => console.log(JSON.stringify(figures, null, 2)))
}
