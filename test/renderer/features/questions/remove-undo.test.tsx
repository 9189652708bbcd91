// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { App } from '../../../../src/renderer/src/App'
import { VaultProvider } from '../../../../src/renderer/src/state/vault-context'
import { makeStory } from '../../fake-bridge'
import { giveElementsASize } from '../../layout-size'
import { ownView, PracticeBridge } from '../practice/practice-bridge'

giveElementsASize()
afterEach(cleanup)

const ctrl = (key: string) => fireEvent.keyDown(window, { key, ctrlKey: true })

const MINE = 'When did you change your mind after a code review?'
const QUESTIONS = ['Why this team?', 'When did you own a mistake?', 'Tell me about a hard deadline.']

function renderApp(bridge: PracticeBridge) {
  return render(
    <VaultProvider bridge={bridge}>
      <App />
    </VaultProvider>,
  )
}

describe('removing a question can be undone', () => {
  it('puts an own question back as it was with Ctrl+Z, and with the toast’s Undo', async () => {
    const bridge = PracticeBridge.create([makeStory({ id: 's1', title: 'Learned from review' })])
    bridge.questions = [{ ...ownView(MINE, ['learning']), id: 'mine-1' }]
    renderApp(bridge)
    fireEvent.click(await screen.findByRole('button', { name: /^Questions/ }))

    for (const undo of ['keys', 'toast'] as const) {
      fireEvent.click(await screen.findByText(MINE))
      await act(async () => {
        fireEvent.click(await screen.findByRole('button', { name: 'Remove question' }))
      })
      const toast = await screen.findByTestId('undo-toast')
      expect(toast.textContent).toContain(`Removed the question “${MINE}”`)
      await waitFor(() => expect(screen.queryByText(MINE)).toBeNull())

      await act(async () => {
        if (undo === 'keys') ctrl('z')
        else fireEvent.click(within(toast).getByRole('button', { name: 'Undo' }))
      })
      await screen.findByText(MINE)
      expect(bridge.callsOf('practice:restore-question').at(-1)).toEqual([
        { id: 'mine-1', text: MINE, competencies: ['learning'], createdAt: '2026-01-01T00:00:00.000Z' },
      ])
      await waitFor(() => expect(screen.queryByTestId('undo-toast')).toBeNull())
    }
    expect(bridge.callsOf('practice:restore-question')).toHaveLength(2)
  })

  it('puts a question back in its place on the story with Ctrl+Z, and the editor shows it', async () => {
    const bridge = PracticeBridge.create([
      makeStory({ id: 's1', title: 'Shipped late', questions: QUESTIONS }),
    ])
    renderApp(bridge)
    fireEvent.click(await screen.findByText('Shipped late'))
    const list = await screen.findByRole('list', { name: 'Questions this story answers' })
    fireEvent.click(within(list).getByRole('button', { name: `Remove “${QUESTIONS[1]}” from this story` }))
    expect((await screen.findByTestId('undo-toast')).textContent).toContain(
      `Removed “${QUESTIONS[1]}” from “Shipped late”`,
    )
    await act(async () => ctrl('z'))
    // Undo saves the removal first, then puts the question back where it was.
    await waitFor(() => expect(bridge.snapshot.stories[0]?.questions).toEqual(QUESTIONS))
    expect(bridge.callsOf('practice:link')).toEqual([[{ question: QUESTIONS[1], storyId: 's1', at: 1 }]])
    const shown = await screen.findByRole('list', { name: 'Questions this story answers' })
    await waitFor(() =>
      expect(
        within(shown)
          .getAllByRole('listitem')
          .map((li) => li.querySelector('span')?.textContent),
      ).toEqual(QUESTIONS),
    )
  })

  it('links a story back in its place after Unlink, with Ctrl+Z', async () => {
    const bridge = PracticeBridge.create([
      makeStory({ id: 's1', title: 'Shipped late', questions: QUESTIONS }),
    ])
    bridge.questions = [
      { ...ownView(QUESTIONS[0]!), id: 'mine-1', stories: [{ id: 's1', title: 'Shipped late' }] },
    ]
    renderApp(bridge)
    fireEvent.click(await screen.findByRole('button', { name: /^Questions/ }))
    fireEvent.click(await screen.findByText(QUESTIONS[0]!))
    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: 'Unlink Shipped late' }))
    })
    expect((await screen.findByTestId('undo-toast')).textContent).toContain(
      `Removed “${QUESTIONS[0]}” from “Shipped late”`,
    )
    expect(bridge.snapshot.stories[0]?.questions).toEqual(QUESTIONS.slice(1))
    await act(async () => ctrl('z'))
    await waitFor(() => expect(bridge.snapshot.stories[0]?.questions).toEqual(QUESTIONS))
    expect(bridge.callsOf('practice:link')).toEqual([[{ question: QUESTIONS[0], storyId: 's1', at: 0 }]])
  })
})
