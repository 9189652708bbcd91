// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { makeStory } from '../../fake-bridge'
import { PracticeBridge } from '../practice/practice-bridge'
import { searchInPalette } from './open-palette'

afterEach(cleanup)

const QUESTION = 'What was the nastiest defect you ever hunted down?'

function stories() {
  return [
    makeStory({
      id: 'leak',
      title: 'Chased a memory leak across three services',
      action: 'I chased the defect with heap dumps for a week until I found the leak in a cache.',
    }),
    makeStory({
      id: 'launch',
      title: 'Shipped checkout on time',
      action: 'I planned the checkout launch with two teams and shipped it a day early.',
    }),
  ]
}

describe('“I tell this one” in the search palette', () => {
  it('links the searched question to the active story, says so, and Undo unlinks it', async () => {
    const bridge = PracticeBridge.create(stories())
    await searchInPalette(bridge, QUESTION)
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'I tell this one' }))
    })
    expect(bridge.callsOf('practice:link')).toEqual([[{ question: QUESTION, storyId: 'leak' }]])
    const status = await screen.findByText(/questions like this now find/)
    expect(status.textContent).toContain('“Chased a memory leak across three services” first')
    // The palette's own search now names the link as the first story's reason.
    const first = within(screen.getByRole('listbox', { name: 'Best stories' })).getAllByRole('option')[0]
    expect(first?.textContent).toContain(`You chose this story for “${QUESTION}”`)

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Undo' }))
    })
    expect(bridge.callsOf('practice:unlink')).toEqual([[{ question: QUESTION, storyId: 'leak' }]])
    expect(await screen.findByRole('button', { name: 'I tell this one' })).toBeTruthy()
  })

  it('links with Ctrl+Enter from the question field, and says when the story is already linked', async () => {
    const bridge = PracticeBridge.create(stories())
    const { input } = await searchInPalette(bridge, QUESTION)
    await act(async () => {
      fireEvent.keyDown(input, { key: 'Enter', ctrlKey: true })
    })
    expect(bridge.callsOf('practice:link')).toEqual([[{ question: QUESTION, storyId: 'leak' }]])
    cleanup()

    const linked = PracticeBridge.create(
      stories().map((s) => (s.id === 'leak' ? { ...s, questions: [QUESTION.toUpperCase()] } : s)),
    )
    await searchInPalette(linked, QUESTION)
    expect(screen.getByText('Your story for this question')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'I tell this one' })).toBeNull()
  })
})
