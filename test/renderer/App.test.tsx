// @vitest-environment jsdom
import { StrictMode } from 'react'
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { App } from '../../src/renderer/src/App'
import { VaultProvider } from '../../src/renderer/src/state/vault-context'
import { FakeBridge, makeStory } from './fake-bridge'
import { giveElementsASize } from './layout-size'

// Strict, as in main.tsx: effects run twice on mount, which the editor's focus handling must survive.
function renderApp(bridge: FakeBridge) {
  return render(
    <StrictMode>
      <VaultProvider bridge={bridge}>
        <App />
      </VaultProvider>
    </StrictMode>,
  )
}

const ctrl = (key: string) => fireEvent.keyDown(window, { key, ctrlKey: true })

giveElementsASize()

afterEach(cleanup)

describe('App', () => {
  it('welcomes a first-time person and starts an empty vault', async () => {
    const bridge = FakeBridge.withStories([], false)
    renderApp(bridge)
    fireEvent.click(await screen.findByRole('button', { name: 'Start empty' }))
    expect(await screen.findByText('No stories yet.')).toBeTruthy()
    expect(bridge.callsOf('vault:start')).toEqual([['empty']])
  })

  it('creates a story with Ctrl+N and autosaves what is typed, without losing later keystrokes', async () => {
    const bridge = FakeBridge.withStories([])
    renderApp(bridge)
    await screen.findByText('No stories yet.')
    await act(async () => ctrl('n'))
    const title = (await screen.findByLabelText('Title')) as HTMLInputElement
    expect(title.value).toBe('Untitled story')

    fireEvent.change(title, { target: { value: 'Rebuilt on-call' } })
    expect(screen.getByTestId('save-status').textContent).toContain('Saving…')
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toContain('Saved'), {
      timeout: 3000,
    })
    fireEvent.change(screen.getByLabelText('Situation'), { target: { value: 'Pages every night.' } })
    await waitFor(() => expect(bridge.snapshot.stories[0]?.situation).toBe('Pages every night.'), {
      timeout: 3000,
    })

    expect(bridge.snapshot.stories).toHaveLength(1)
    expect(bridge.snapshot.stories[0]?.title).toBe('Rebuilt on-call')
    expect(title.value).toBe('Rebuilt on-call')
  })

  it('focuses the new title at once, and keeps keys typed before the editor appeared', async () => {
    const bridge = FakeBridge.withStories([makeStory({ id: 's1', title: 'Older story', situation: 'Kept.' })])
    renderApp(bridge)
    fireEvent.click(await screen.findByText('Older story'))
    const situation = await screen.findByLabelText('Situation')
    situation.focus()
    // Ctrl+N from inside a field, then typing straight on, before main has answered.
    act(() => {
      fireEvent.keyDown(situation, { key: 'n', ctrlKey: true })
      for (const key of 'Hirx') fireEvent.keyDown(document.activeElement ?? document.body, { key })
      fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Backspace' })
      fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Backspace' })
      fireEvent.keyDown(document.activeElement ?? document.body, { key: 'n' })
    })
    const title = (await screen.findByDisplayValue('Hin')) as HTMLTextAreaElement
    expect(title.id).toBe('story-title')
    expect(document.activeElement).toBe(title)
    // The caret follows what was typed (nothing selected), so typing on continues the title.
    expect([title.selectionStart, title.selectionEnd]).toEqual([3, 3])
    await waitFor(() => expect(bridge.snapshot.stories.map((s) => s.title)).toContain('Hin'), {
      timeout: 3000,
    })
    expect(bridge.snapshot.stories.find((s) => s.id === 's1')?.situation).toBe('Kept.')
  })

  it('opens a new story with its placeholder title focused and selected', async () => {
    const bridge = FakeBridge.withStories([])
    renderApp(bridge)
    fireEvent.click(await screen.findByRole('button', { name: 'New story' }))
    const title = (await screen.findByLabelText('Title')) as HTMLTextAreaElement
    expect(document.activeElement).toBe(title)
    expect([title.selectionStart, title.selectionEnd]).toEqual([0, 'Untitled story'.length])
  })

  it('creates one story when New story is pressed twice in a row', async () => {
    const bridge = FakeBridge.withStories([])
    renderApp(bridge)
    await screen.findByText('No stories yet.')
    await act(async () => {
      ctrl('n')
      ctrl('n')
    })
    await screen.findByLabelText('Title')
    expect(bridge.callsOf('stories:save')).toHaveLength(1)
  })

  it('shows an oversized field inline and does not save it', async () => {
    const bridge = FakeBridge.withStories([makeStory({ id: 's1', title: 'Kept' })])
    renderApp(bridge)
    await screen.findByText('1 story')
    fireEvent.click(screen.getByText('Kept'))
    const situation = (await screen.findByLabelText('Situation')) as HTMLTextAreaElement
    fireEvent.change(situation, { target: { value: 'y'.repeat(25_000) } })
    expect(
      await screen.findByText(/Situation is limited to 20,000 characters/, { selector: '.field-error' }),
    ).toBeTruthy()
    expect(screen.getByTestId('save-status').textContent).toMatch(/Situation is not saved/)
    expect(situation.value).toHaveLength(25_000)
    await new Promise((r) => setTimeout(r, 800))
    expect(bridge.callsOf('stories:save')).toHaveLength(0)
  })

  it('refuses a 10 MB paste before it reaches the field, and says so', async () => {
    const bridge = FakeBridge.withStories([makeStory({ id: 's1', title: 'Kept', situation: 'Before.' })])
    renderApp(bridge)
    fireEvent.click(await screen.findByText('Kept'))
    const situation = (await screen.findByLabelText('Situation')) as HTMLTextAreaElement
    const huge = 'z'.repeat(10 * 1024 * 1024)
    const allowed = fireEvent.paste(situation, { clipboardData: { getData: () => huge } })
    expect(allowed).toBe(false)
    expect((await screen.findByText(/That paste was not added/)).textContent).toContain(
      '10,485,767 characters',
    )
    expect(situation.value).toBe('Before.')
    fireEvent.change(situation, { target: { value: 'Before. After.' } })
    expect(screen.queryByText(/That paste was not added/)).toBeNull()
  })

  it('deletes the selected story and puts it back with Undo', async () => {
    const bridge = FakeBridge.withStories([makeStory({ id: 's1', title: 'Mentored two juniors' })])
    renderApp(bridge)
    fireEvent.click(await screen.findByText('Mentored two juniors'))
    fireEvent.click(await screen.findByRole('button', { name: 'Delete story' }))
    expect((await screen.findByTestId('undo-toast')).textContent).toContain('Deleted “Mentored two juniors”')
    expect(bridge.snapshot.stories).toHaveLength(0)
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }))
    await waitFor(() => expect(bridge.snapshot.stories.map((s) => s.title)).toEqual(['Mentored two juniors']))
    expect(bridge.callsOf('trash:restore')).toEqual([['s1']])
  })

  it('reports a failed save for a person and retries it', async () => {
    const bridge = FakeBridge.withStories([makeStory({ id: 's1', title: 'Draft' })])
    renderApp(bridge)
    fireEvent.click(await screen.findByText('Draft'))
    bridge.failing.set('stories:save', 'The disk is full.')
    fireEvent.change(await screen.findByLabelText('Result'), { target: { value: 'Cut costs 30%.' } })
    await waitFor(
      () =>
        expect(screen.getByTestId('save-status').textContent).toContain("Couldn't save — The disk is full."),
      {
        timeout: 3000,
      },
    )
    bridge.failing.clear()
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(bridge.snapshot.stories[0]?.result).toBe('Cut costs 30%.'))
  })

  it('acts on menu commands and on Delete / Ctrl+Z outside text fields', async () => {
    const bridge = FakeBridge.withStories([makeStory({ id: 's1', title: 'Ran the hiring loop' })])
    renderApp(bridge)
    await screen.findByText('1 story')
    await act(async () => bridge.emit('menu:command', { command: 'new-story' }))
    await waitFor(() => expect(bridge.snapshot.stories).toHaveLength(2))

    fireEvent.click(screen.getByText('Ran the hiring loop'))
    const list = screen.getByTestId('story-list')
    list.focus()
    fireEvent.keyDown(list, { key: 'Delete' })
    await waitFor(() => expect(bridge.snapshot.stories.map((s) => s.id)).not.toContain('s1'))
    fireEvent.keyDown(list, { key: 'z', ctrlKey: true })
    await waitFor(() => expect(bridge.snapshot.stories.map((s) => s.id)).toContain('s1'))

    // Delete typed inside a field edits the text and leaves the story alone.
    const title = await screen.findByLabelText('Title')
    fireEvent.keyDown(title, { key: 'Delete' })
    expect(bridge.callsOf('stories:delete')).toHaveLength(1)
  })

  it('shows the recovered-vault banner with where the file went', async () => {
    const bridge = FakeBridge.withStories([])
    bridge.snapshot.health = {
      kind: 'recovered',
      movedTo: '/data/vault.corrupt-1.json',
      reason: 'It was cut off.',
      backupAvailable: true,
    }
    renderApp(bridge)
    const banner = await screen.findByTestId('recovered-banner')
    expect(banner.textContent).toContain('/data/vault.corrupt-1.json')
    expect(screen.getByRole('button', { name: 'Restore the newest backup' })).toBeTruthy()
  })
})
