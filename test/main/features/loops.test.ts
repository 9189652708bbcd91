import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { exportJson } from '../../../src/shared/transfer/json-export'
import {
  LogDraftSchema,
  LoopDraftSchema,
  type LogDraft,
  type LoopDraft,
} from '../../../src/shared/loops/schema'
import { StoryDraftSchema, type StoryDraft } from '../../../src/shared/story/schema'
import { VaultDocumentSchema } from '../../../src/shared/vault/document'
import { openHarness, value, type Harness } from './harness'

const loopDraft = (draft: LoopDraft) => LoopDraftSchema.parse(draft)
const storyDraft = (draft: StoryDraft) => StoryDraftSchema.parse(draft)
const logDraft = (draft: LogDraft) => LogDraftSchema.parse(draft)

let harness: Harness
afterEach(() => harness.close())

async function setUp() {
  harness = await openHarness()
  const story = value(
    await harness.call(
      'stories:save',
      storyDraft({
        title: 'Ran the incident review',
        competencies: ['conflict'],
        reach: 'multi-team',
        teams: 3,
      }),
    ),
  )
  const { loop } = value(
    await harness.call(
      'loops:save',
      loopDraft({
        company: 'Acme',
        role: 'Staff engineer',
        rounds: [
          { name: 'Screen', at: '2026-12-10T14:00', principles: ['conflict'] },
          { name: 'Onsite', principles: ['ownership'] },
        ],
      }),
    ),
  )
  return { story, loop }
}

describe('loop channels', () => {
  it('saves a loop with round ids, and refuses one without a company with a clear message', async () => {
    const { loop } = await setUp()
    expect(loop.rounds.map((r) => r.id.length > 0)).toEqual([true, true])
    expect(loop.rounds[1]?.at).toBeNull()
    const bad = await harness.callRaw('loops:save', [{ company: '  ', rounds: [] }])
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.error.details?.join(' ')).toContain('A loop needs a company.')
  })

  it('keeps a deleted loop in the vault and its backups, and restores it', async () => {
    const { loop } = await setUp()
    const afterDelete = value(await harness.call('loops:delete', loop.id))
    expect(afterDelete.loops.find((l) => l.id === loop.id)?.deletedAt).not.toBeNull()
    const onDisk = VaultDocumentSchema.parse(JSON.parse(readFileSync(harness.vault.path, 'utf8')))
    expect(onDisk.loops).toHaveLength(1)
    const restored = value(await harness.call('loops:restore', loop.id))
    expect(restored.loops.find((l) => l.id === loop.id)?.deletedAt).toBeNull()
  })

  it('logs a round: the question joins own questions and links to the story told', async () => {
    const { loop, story } = await setUp()
    const roundId = loop.rounds[0]?.id as string
    const logged = value(
      await harness.call(
        'loops:log',
        logDraft({
          loopId: loop.id,
          roundId,
          entries: [
            {
              question: 'Tell me about a fight over an API',
              storyId: story.id,
              rating: 'good',
              note: 'went long',
            },
          ],
        }),
      ),
    )
    expect(logged.state.ownQuestions.map((q) => [q.text, q.competencies])).toEqual([
      ['Tell me about a fight over an API', ['conflict']],
    ])
    expect(logged.snapshot.stories.find((s) => s.id === story.id)?.questions).toEqual([
      'Tell me about a fight over an API',
    ])
    const entry = logged.state.loops[0]?.rounds[0]?.log?.entries[0]
    expect(entry).toMatchObject({ storyTitle: 'Ran the incident review', rating: 'good', note: 'went long' })
    // Logging the same question again neither duplicates the own question nor the link.
    const again = value(
      await harness.call(
        'loops:log',
        logDraft({
          loopId: loop.id,
          roundId,
          entries: [
            { question: 'tell me about a fight over an API!', storyId: story.id, rating: 'mixed', note: '' },
          ],
        }),
      ),
    )
    expect(again.state.ownQuestions).toHaveLength(1)
    expect(again.snapshot.stories.find((s) => s.id === story.id)?.questions).toHaveLength(1)
  })

  it('keeps a loop readable after its story is deleted, and round-trips through the JSON backup', async () => {
    const { loop, story } = await setUp()
    const round = loop.rounds[0]
    value(
      await harness.call(
        'loops:save',
        loopDraft({
          ...loop,
          rounds: loop.rounds.map((r) =>
            r === round ? { ...r, picks: [{ competency: 'conflict', storyId: story.id, title: '' }] } : r,
          ),
        }),
      ),
    )
    value(await harness.call('stories:delete', story.id))
    const state = value(await harness.call('loops:list'))
    expect(state.loops[0]?.rounds[0]?.picks[0]).toMatchObject({
      storyId: story.id,
      title: 'Ran the incident review',
    })
    const doc = harness.services.vault.current()
    expect(VaultDocumentSchema.parse(JSON.parse(exportJson(doc))).loops).toEqual(doc.loops)
  })

  it('renders a round cheat sheet to PDF with the planned story', async () => {
    const { loop } = await setUp()
    let html = ''
    harness.services.renderPdf = async (page) => {
      html = page
      return new Uint8Array([37, 80, 68, 70])
    }
    // The handlers captured services at creation; render through a fresh set.
    const { createLoopHandlers } = await import('../../../src/main/features/loops')
    const handlers = createLoopHandlers(harness.services)
    const pdf = await handlers['loops:render-pdf']({
      loopId: loop.id,
      roundId: loop.rounds[0]?.id as string,
      paper: 'a4',
    })
    expect(pdf.fileName).toBe('cheat-sheet-acme-screen-staff-engineer.pdf')
    expect(html).toContain('Ran the incident review')
    expect(html).toContain('Acme · Screen')
  })
})
