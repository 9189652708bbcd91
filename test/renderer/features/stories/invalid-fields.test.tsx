// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { App } from '../../../../src/renderer/src/App'
import { VaultProvider } from '../../../../src/renderer/src/state/vault-context'
import { FakeBridge, makeStory } from '../../fake-bridge'
import { giveElementsASize } from '../../layout-size'

giveElementsASize()
afterEach(cleanup)

async function openStory(bridge: FakeBridge, title: string) {
  render(
    <VaultProvider bridge={bridge}>
      <App />
    </VaultProvider>,
  )
  fireEvent.click(await screen.findByText(title))
}

function leavePage(): boolean {
  const event = new Event('beforeunload', { cancelable: true })
  window.dispatchEvent(event)
  return event.defaultPrevented
}

describe('a field whose text cannot be saved', () => {
  it('does not hold back the other fields, and keeps the typed text marked', async () => {
    const bridge = FakeBridge.withStories([makeStory({ id: 's1', title: 'Paged less', year: 2021 })])
    await openStory(bridge, 'Paged less')
    const year = (await screen.findByLabelText('Year')) as HTMLInputElement
    fireEvent.change(year, { target: { value: '22' } })
    fireEvent.change(screen.getByLabelText('Learnings'), { target: { value: 'Alert on symptoms.' } })

    await waitFor(() => expect(bridge.snapshot.stories[0]?.learnings).toBe('Alert on symptoms.'), {
      timeout: 3000,
    })
    expect(bridge.snapshot.stories[0]?.year).toBe(2021)
    expect(year.value).toBe('22')
    expect(year.getAttribute('aria-invalid')).toBe('true')
    expect(document.getElementById('story-year-error')?.textContent).toBe(
      'Year must be a whole number from 1950 to 2100.',
    )
    await waitFor(() =>
      expect(screen.getByTestId('save-status').querySelector('[role="status"]')?.textContent).toBe(
        'Year is not saved (see the marked field); the rest is saved',
      ),
    )
    expect(screen.getByTestId('save-status').getAttribute('data-state')).toBe('invalid')
  })

  it('lists every invalid field, goes to one, and announces it when it is left', async () => {
    const bridge = FakeBridge.withStories([makeStory({ id: 's1', title: 'Paged less' })])
    await openStory(bridge, 'Paged less')
    const year = await screen.findByLabelText('Year')
    year.focus()
    fireEvent.change(year, { target: { value: '22' } })
    fireEvent.change(screen.getByLabelText('Teams involved'), { target: { value: 'lots' } })
    expect(screen.getByTestId('save-status').textContent).toMatch(/^Year and Teams involved are not saved/)

    fireEvent.blur(year)
    expect(screen.getByTestId('editor-announcer').textContent).toBe(
      'Year is not saved: Year must be a whole number from 1950 to 2100.',
    )
    fireEvent.click(screen.getByRole('button', { name: 'Go to Teams involved' }))
    expect(document.activeElement).toBe(screen.getByLabelText('Teams involved'))
  })

  it('warns before the page unloads while typed text cannot be saved, and not otherwise', async () => {
    const bridge = FakeBridge.withStories([makeStory({ id: 's1', title: 'Paged less' })])
    await openStory(bridge, 'Paged less')
    const year = await screen.findByLabelText('Year')
    expect(leavePage()).toBe(false)
    fireEvent.change(year, { target: { value: '22' } })
    expect(leavePage()).toBe(true)
    fireEvent.change(year, { target: { value: '2022' } })
    await waitFor(() => expect(bridge.snapshot.stories[0]?.year).toBe(2022), { timeout: 3000 })
    expect(leavePage()).toBe(false)
  })

  it('still warns after switching to another story, and says what was not saved', async () => {
    const bridge = FakeBridge.withStories([
      makeStory({ id: 's1', title: 'Paged less' }),
      makeStory({ id: 's2', title: 'Second one' }),
    ])
    await openStory(bridge, 'Paged less')
    fireEvent.change(await screen.findByLabelText('Year'), { target: { value: '22' } })
    await act(async () => fireEvent.click(screen.getByText('Second one')))
    expect(leavePage()).toBe(true)
    expect((await screen.findByText(/“Paged less”: Year must be/)).textContent).toMatch(/The rest is saved/)
  })

  it('accepts what import accepts, and asks about an implausible count without refusing it', async () => {
    const bridge = FakeBridge.withStories([makeStory({ id: 's1', title: 'Paged less' })])
    await openStory(bridge, 'Paged less')
    fireEvent.change(await screen.findByLabelText('People involved'), { target: { value: '~40' } })
    expect(screen.getByText('Read as 40.')).toBeTruthy()
    await waitFor(() => expect(bridge.snapshot.stories[0]?.people).toBe(40), { timeout: 3000 })
    fireEvent.change(screen.getByLabelText('People involved'), { target: { value: '1000000' } })
    expect(screen.getByText(/Is that right\? 1,000,000 people/)).toBeTruthy()
    await waitFor(() => expect(bridge.snapshot.stories[0]?.people).toBe(1_000_000), { timeout: 3000 })
  })
})
