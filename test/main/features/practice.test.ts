import { afterEach, describe, expect, it } from 'vitest'
import { openHarness, value, type Harness } from './harness'

let h: Harness
afterEach(() => h?.close())

const Q = 'Tell me about a time you disagreed with your manager'

describe('practice handlers', () => {
  it('adds own questions with guessed competencies and skips duplicates', async () => {
    h = await openHarness('valid.json')
    const result = value(
      await h.call('practice:add-questions', { questions: [{ text: Q }, { text: `  ${Q.toLowerCase()} ` }] }),
    )
    expect(result.added).toHaveLength(1)
    expect(result.added[0]?.competencies).toContain('conflict')
    expect(result.skipped).toEqual([{ text: Q.toLowerCase(), reason: 'Already in your questions.' }])
    const mine = value(await h.call('practice:questions', { mine: true }))
    expect(mine.map((q) => q.text)).toEqual([Q])
  })

  it('links a question to a story, and the link leaves and returns with the story', async () => {
    h = await openHarness('valid.json')
    const story = value(await h.call('practice:link', { question: Q, storyId: 's-2' }))
    expect(story.questions).toEqual([Q])
    let view = value(await h.call('practice:questions', { mine: true }))
    expect(view[0]?.stories).toEqual([{ id: 's-2', title: 'Calmed a conflict between two teams' }])
    const deleted = value(await h.call('stories:delete', 's-2'))
    view = value(await h.call('practice:questions', { mine: true }))
    expect(view[0]).toMatchObject({ text: Q, stories: [] })
    value(await h.call('stories:restore', deleted))
    view = value(await h.call('practice:questions', { mine: true }))
    expect(view[0]?.stories.map((s) => s.id)).toEqual(['s-2'])
    value(await h.call('practice:unlink', { question: Q, storyId: 's-2' }))
    view = value(await h.call('practice:questions', { mine: true }))
    expect(view[0]?.stories).toEqual([])
  })

  it('puts a question back in its place in the story’s list when asked (undo of a remove)', async () => {
    h = await openHarness('valid.json')
    for (const question of ['First question?', 'Second question?'])
      value(await h.call('practice:link', { question, storyId: 's-2' }))
    const back = value(await h.call('practice:link', { question: 'Zeroth question?', storyId: 's-2', at: 0 }))
    expect(back.questions).toEqual(['Zeroth question?', 'First question?', 'Second question?'])
  })

  it('records a rating durably and reports it due later', async () => {
    h = await openHarness('valid.json')
    const { entry, card } = value(
      await h.call('practice:rate', { question: Q, storyId: 's-2', rating: 'good', seconds: 95, note: 'ok' }),
    )
    expect(entry).toMatchObject({ question: Q, storyId: 's-2', rating: 'good', seconds: 95, note: 'ok' })
    expect(card.reps).toBe(1)
    expect(value(await h.call('practice:due', {}))).toEqual([])
    const later = value(await h.call('practice:due', { at: '2100-01-01T00:00:00.000Z' }))
    expect(later).toEqual([
      expect.objectContaining({
        question: Q,
        story: { id: 's-2', title: 'Calmed a conflict between two teams' },
      }),
    ])
    const summary = value(await h.call('practice:summary', { entryIds: [entry.id] }))
    expect(summary).toMatchObject({ answers: 1, overTarget: 0, ratings: { good: 1 } })
  })

  it('refuses an empty or oversized question clearly', async () => {
    h = await openHarness('valid.json')
    const empty = await h.callRaw('practice:link', [{ question: '   ', storyId: 's-1' }])
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(JSON.stringify(empty)).toMatch(/cannot be empty/)
    const long = await h.callRaw('practice:add-questions', [{ questions: [{ text: 'x'.repeat(501) }] }])
    expect(JSON.stringify(long)).toMatch(/limited to 500 characters/)
  })

  it('edits an own question, carrying the new wording to its links', async () => {
    h = await openHarness('valid.json')
    value(await h.call('practice:link', { question: Q, storyId: 's-2' }))
    const [own] = value(await h.call('practice:questions', { mine: true }))
    const edited = value(
      await h.call('practice:update-question', own!.id, {
        text: 'When did you and your manager disagree?',
        competencies: ['conflict', 'influence'],
      }),
    )
    expect(edited).toMatchObject({
      text: 'When did you and your manager disagree?',
      competencies: ['conflict', 'influence'],
    })
    const story = value(await h.call('stories:list')).find((s) => s.id === 's-2')
    expect(story?.questions).toEqual(['When did you and your manager disagree?'])
    const removed = value(await h.call('practice:remove-question', own!.id))
    expect(removed.id).toBe(own!.id)
    expect(value(await h.call('practice:questions', { mine: true }))).toEqual([])
    const missing = await h.call('practice:remove-question', own!.id)
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } })
    // Undo puts it back as it was (same id, time and competencies), once.
    expect(value(await h.call('practice:restore-question', removed))).toEqual(removed)
    expect(value(await h.call('practice:restore-question', removed))).toEqual(removed)
    const back = value(await h.call('practice:questions', { mine: true }))
    expect(back.map((q) => [q.id, q.competencies])).toEqual([[own!.id, ['conflict', 'influence']]])
  })

  it('reads a pasted list without saving, and builds a deck with a suggested story', async () => {
    h = await openHarness('valid.json')
    const suggestions = value(
      await h.call('practice:suggest-questions', '- Why us?\n- Tell me about a conflict with another team'),
    )
    expect(suggestions.map((s) => s.text)).toEqual(['Why us?', 'Tell me about a conflict with another team'])
    expect(value(await h.call('practice:questions', { mine: true }))).toEqual([])
    const deck = value(
      await h.call('practice:deck', {
        source: { kind: 'picked', questions: ['Tell me about a conflict between two teams'] },
        length: 5,
      }),
    )
    expect(deck.cards[0]).toMatchObject({ storySource: 'suggested', story: { id: 's-2' } })
  })

  it('lists the practised question–story pairs of stories that are not deleted', async () => {
    h = await openHarness('valid.json')
    for (const storyId of ['s-1', 's-2'])
      value(await h.call('practice:rate', { question: Q, storyId, rating: 'good', seconds: 60 }))
    expect(value(await h.call('practice:practised'))).toEqual([
      { question: Q, storyId: 's-1' },
      { question: Q, storyId: 's-2' },
    ])
    value(await h.call('stories:delete', 's-1'))
    expect(value(await h.call('practice:practised'))).toEqual([{ question: Q, storyId: 's-2' }])
  })

  it('reports last rehearsed and next due per story', async () => {
    h = await openHarness('valid.json')
    const { card } = value(
      await h.call('practice:rate', { question: Q, storyId: 's-1', rating: 'easy', seconds: 40 }),
    )
    const times = value(await h.call('practice:story-times'))
    expect(times).toEqual({ 's-1': { lastRehearsed: card.lastReview, nextDue: card.due } })
    const refused = await h.call('practice:rate', {
      question: Q,
      storyId: 'nope',
      rating: 'good',
      seconds: 1,
    })
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })
})
