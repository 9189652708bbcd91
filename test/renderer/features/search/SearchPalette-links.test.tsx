// @vitest-environment jsdom
import { act, cleanup, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { FakeBridge, makeStory } from '../../fake-bridge'
import { PracticeBridge } from '../practice/practice-bridge'
import { searchInPalette } from './open-palette'

afterEach(cleanup)

const QUESTION = 'Tell me about the hardest bug you ever chased.'

const stories = [
  makeStory({
    id: 'cache',
    title: 'Found a stale cache that corrupted invoices',
    action: 'I traced the wrong totals to a cache that outlived a schema change and fixed the key.',
    competencies: ['ownership'],
    questions: [QUESTION],
  }),
  makeStory({
    id: 'bug',
    title: 'Chased a memory leak in the hardest bug of the year',
    action: 'I chased the bug across three services with heap dumps until I found the leak.',
    competencies: ['ownership'],
  }),
]

describe('search palette and the person’s links', () => {
  it('says "You chose this story for …" on a story linked to the question', async () => {
    const { results } = await searchInPalette(FakeBridge.withStories(stories), QUESTION)
    const linked = within(results)
      .getAllByRole('option')
      .find((option) => option.textContent?.includes('stale cache'))
    expect(linked?.textContent).toContain(`You chose this story for “${QUESTION}”`)
  })

  it('says "You practised this story for …" on a story only practised with the question', async () => {
    const practisedOnly = stories.map((s) => ({ ...s, questions: [] }))
    const bridge = PracticeBridge.create(practisedOnly)
    bridge.practised = [{ question: QUESTION, storyId: 'cache' }]
    const { results } = await searchInPalette(bridge, 'What is the hardest bug you have chased?')
    await waitFor(() => {
      const practised = within(results)
        .getAllByRole('option')
        .find((option) => option.textContent?.includes('stale cache'))
      expect(practised?.textContent).toContain(`You practised this story for “${QUESTION}”`)
    })
    expect(bridge.callsOf('practice:practised')).not.toHaveLength(0)
  })

  it('ignores practised pairs that do not hold up at the boundary, and still searches', async () => {
    const bridge = PracticeBridge.create(stories.map((s) => ({ ...s, questions: [] })))
    // Longer than a question may be: without the check it would lift "stale cache" with this text.
    bridge.practised = [{ question: `${QUESTION} ${'and more '.repeat(60)}`, storyId: 'cache' }]
    const { results } = await searchInPalette(bridge, QUESTION)
    await waitFor(() => expect(bridge.callsOf('practice:practised')).not.toHaveLength(0))
    await act(async () => undefined)
    expect(results.textContent).not.toContain('You practised')
    expect(within(results).getAllByRole('option').length).toBeGreaterThan(0)
  })
})
