/**
 * Child process for kill-rating.test.ts: records practice ratings forever as the 'practice:rate'
 * handler does (recordRating inside one store update; the handler module itself pulls in search, which
 * would make 40 child starts slow), announcing each before it starts ("start N") and once it is confirmed ("done N"), N being the
 * number of history entries. The test SIGKILLs it at random.
 */
import { openVaultStore } from '../../../src/main/vault/store'
import { recordRating } from '../../../src/shared/practice/record'
import { emptyStoryFields } from '../../../src/shared/story/schema'

const path = process.argv[2]
if (!path) throw new Error('usage: kill-rating-child VAULT_PATH')

async function main(): Promise<void> {
  const store = await openVaultStore(path as string, { watch: false, minBackupIntervalMs: 0 })
  if (store.current().stories.length === 0) {
    const now = new Date().toISOString()
    await store.update((doc) => ({
      ...doc,
      stories: [
        { ...emptyStoryFields('Calmed a launch-day outage'), id: 'story-1', createdAt: now, updatedAt: now },
      ],
    }))
  }
  let n = store.current().practice.history.length
  process.stdout.write(`ready ${n}\n`)
  for (;;) {
    n += 1
    process.stdout.write(`start ${n}\n`)
    const input = {
      question: 'Tell me about an incident you handled',
      storyId: 'story-1',
      rating: n % 4 === 0 ? ('hard' as const) : ('good' as const),
      seconds: 90,
      note: `answer ${n}`,
    }
    await store.update((doc) => ({
      ...doc,
      practice: recordRating(doc.practice, input, new Date(), `entry-${n}`).practice,
    }))
    process.stdout.write(`done ${n}\n`)
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`)
  process.exit(1)
})
