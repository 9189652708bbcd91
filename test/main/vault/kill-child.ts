/**
 * Child process for kill.test.ts: saves forever through the real store, announcing each save before it
 * starts ("start N") and once it is confirmed durable ("done N"). The test SIGKILLs it at random.
 */
import { openVaultStore } from '../../../src/main/vault/store'
import type { Story } from '../../../src/shared/story/schema'

const path = process.argv[2]
if (!path) throw new Error('usage: kill-child VAULT_PATH')

const filler = 'We split the migration into small, reversible steps and measured each one. '.repeat(40)

function storyFor(n: number, index: number): Story {
  return {
    id: `story-${index}`,
    title: index === 0 ? `Save ${n}` : `Background story ${index}`,
    situation: filler,
    task: '',
    action: filler,
    result: `Marker ${n}`,
    learnings: '',
    competencies: [],
    rejectedCompetencies: [],
    tags: [],
    company: '',
    role: '',
    year: null,
    people: null,
    teams: null,
    durationWeeks: null,
    shortVersion: '',
    questions: [],
    reach: null,
    metrics: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: new Date().toISOString(),
  }
}

async function main(): Promise<void> {
  const store = await openVaultStore(path as string, { watch: false, minBackupIntervalMs: 0 })
  const title = store.current().stories[0]?.title ?? 'Save 0'
  let n = Number(/Save (\d+)/.exec(title)?.[1] ?? 0)
  process.stdout.write(`ready ${n}\n`)
  for (;;) {
    n += 1
    const marker = n
    process.stdout.write(`start ${marker}\n`)
    await store.update((doc) => ({
      ...doc,
      stories: Array.from({ length: 30 }, (_, i) => storyFor(marker, i)),
    }))
    process.stdout.write(`done ${marker}\n`)
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`)
  process.exit(1)
})
