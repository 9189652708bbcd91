// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../../../src/renderer/src/App'
import { VaultProvider } from '../../../../src/renderer/src/state/vault-context'
import { FakeBridge, makeStory } from '../../fake-bridge'
import { giveElementsASize } from '../../layout-size'

giveElementsASize()
afterEach(cleanup)

function renderApp(bridge: FakeBridge) {
  render(
    <VaultProvider bridge={bridge}>
      <App />
    </VaultProvider>,
  )
}

const three = () =>
  FakeBridge.withStories([
    makeStory({ id: 's1', title: 'First story', updatedAt: '2025-01-03T00:00:00.000Z' }),
    makeStory({ id: 's2', title: 'Second story', updatedAt: '2025-01-02T00:00:00.000Z' }),
    makeStory({ id: 's3', title: 'Third story', updatedAt: '2025-01-01T00:00:00.000Z' }),
  ])

describe('Recently deleted', () => {
  it('Ctrl+Z still puts a story back after the undo toast is gone', async () => {
    const bridge = three()
    renderApp(bridge)
    fireEvent.click(await screen.findByText('Second story'))
    fireEvent.click(await screen.findByRole('button', { name: 'Delete story' }))
    await screen.findByTestId('undo-toast')
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByTestId('undo-toast')).toBeNull()
    expect(bridge.trash.map((item) => item.story.id)).toEqual(['s2'])

    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true })
    await waitFor(() => expect(bridge.snapshot.stories.map((s) => s.id)).toContain('s2'))
    expect(bridge.trash).toEqual([])
  })

  it('opens from the Stories view, restores, and deletes for good after a second click', async () => {
    const bridge = three()
    bridge.trash = [
      { story: makeStory({ id: 'old', title: 'Old deleted story' }), deletedAt: new Date().toISOString() },
      { story: makeStory({ id: 'gone', title: 'To delete for good' }), deletedAt: new Date().toISOString() },
    ]
    renderApp(bridge)
    fireEvent.click(await screen.findByRole('button', { name: 'Recently deleted' }))
    const list = await screen.findByRole('list', { name: 'Deleted stories' })
    expect(within(list).getByText('Old deleted story').getAttribute('title')).toBe('Old deleted story')
    expect(list.textContent).toMatch(/30 days left/)

    fireEvent.click(screen.getByRole('button', { name: 'Restore “Old deleted story”' }))
    expect((await screen.findByText(/Restored “Old deleted story”/)).textContent).toBeTruthy()
    expect(bridge.snapshot.stories.map((s) => s.id)).toContain('old')

    fireEvent.click(screen.getByRole('button', { name: 'Delete “To delete for good” forever…' }))
    expect(bridge.trash).toHaveLength(1)
    fireEvent.click(screen.getByRole('button', { name: 'Delete “To delete for good” for good' }))
    expect(await screen.findByText('Nothing deleted in the last 30 days.')).toBeTruthy()
    expect(bridge.trash).toEqual([])
  })

  it('empties everything after asking, and is reachable from the shortcut list', async () => {
    const bridge = three()
    bridge.trash = [
      { story: makeStory({ id: 'x', title: 'Deleted one' }), deletedAt: new Date().toISOString() },
    ]
    renderApp(bridge)
    await screen.findByText('3 stories')
    fireEvent.keyDown(document.body, { key: '?' })
    const help = await screen.findByRole('dialog')
    expect(help.textContent).toContain('Print the cheat sheet')
    fireEvent.click(within(help).getByRole('button', { name: 'Recently deleted' }))
    await screen.findByText('Deleted one')
    fireEvent.click(screen.getByRole('button', { name: 'Empty…' }))
    fireEvent.click(screen.getByRole('button', { name: 'Delete all for good' }))
    expect(await screen.findByText('Nothing deleted in the last 30 days.')).toBeTruthy()
  })

  it('moves focus to the next story in the list after a delete, not to the page', async () => {
    const bridge = three()
    renderApp(bridge)
    fireEvent.click(await screen.findByText('Second story'))
    fireEvent.click(await screen.findByRole('button', { name: 'Delete story' }))
    const list = screen.getByTestId('story-list')
    await waitFor(() => expect(document.activeElement).toBe(list))
    const selected = within(list).getByRole('option', { selected: true })
    expect(selected.textContent).toContain('Third story')
  })
})

describe('printing and labels', () => {
  it('Ctrl+P on the Stories view opens the cheat sheet and prints it', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined)
    const bridge = three()
    renderApp(bridge)
    await screen.findByText('3 stories')
    const event = new KeyboardEvent('keydown', { key: 'p', ctrlKey: true, cancelable: true })
    act(() => {
      window.dispatchEvent(event)
    })
    expect(event.defaultPrevented).toBe(true)
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1))
    expect(document.querySelector('.sheet-print-root')).not.toBeNull()
    expect(screen.getByRole('button', { name: 'Cheat sheets' }).getAttribute('aria-current')).toBe('page')
    print.mockRestore()
  })

  it('calls each level the same in the header and in question search', async () => {
    const bridge = three()
    renderApp(bridge)
    await screen.findByText('3 stories')
    const header = screen.getByLabelText('Target level') as HTMLSelectElement
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true })
    const palette = await screen.findByRole('dialog')
    const level = within(palette).getByLabelText(/Level/) as HTMLSelectElement
    const names = (select: HTMLSelectElement) => [...select.options].map((o) => o.textContent)
    expect(names(level)).toEqual(names(header))
    expect(names(header)).toContain('Staff engineer')
  })

  it('shows a whole long title as a tooltip in the list', async () => {
    const long = 'Moved the billing service off the legacy database without a single lost invoice'
    renderApp(FakeBridge.withStories([makeStory({ id: 's1', title: long })]))
    expect((await screen.findByText(long)).getAttribute('title')).toBe(long)
  })
})
