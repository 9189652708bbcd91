// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { SearchPalette } from '../../../../src/renderer/src/features/search/SearchPalette'
import { useVault, VaultProvider } from '../../../../src/renderer/src/state/vault-context'
import { FakeBridge, makeStory } from '../../fake-bridge'

afterEach(cleanup)

const stories = [
  makeStory({
    id: 'db',
    title: 'Moved billing off an old Oracle database',
    action: 'I planned the database migration project and ran both systems side by side for a month.',
    competencies: ['delivery'],
    reach: 'team',
    people: 2,
  }),
  makeStory({
    id: 'clash',
    title: 'Pushed back on my director about a rewrite',
    action: 'I disagreed in the planning review of the project and brought latency data.',
    competencies: ['conflict'],
    reach: 'multi-team',
    teams: 3,
  }),
]

function Probe() {
  const { selectedId, view } = useVault()
  return <output data-testid="probe">{`${view}:${selectedId ?? ''}`}</output>
}

function renderPalette(bridge = FakeBridge.withStories(stories)) {
  const onClose = vi.fn()
  render(
    <VaultProvider bridge={bridge}>
      <SearchPalette open onClose={onClose} />
      <Probe />
    </VaultProvider>,
  )
  return { onClose }
}

async function type(text: string) {
  const input = await screen.findByLabelText('Interview question')
  await act(async () => {
    fireEvent.change(input, { target: { value: text } })
  })
  return input
}

async function resultOptions(): Promise<HTMLElement[]> {
  return within(await screen.findByRole('listbox', { name: 'Best stories' })).getAllByRole('option')
}

describe('SearchPalette', () => {
  it('explains what to do before anything is typed', async () => {
    renderPalette()
    await screen.findByLabelText('Interview question')
    expect(screen.getByText(/Type a question as an interviewer would ask it/)).toBeTruthy()
  })

  it('shows the best story first with highlighted words, chips, scope badge and reasons', async () => {
    renderPalette()
    await type('Tell me about a database migration you led')
    const options = await resultOptions()
    const first = options[0] as HTMLElement
    expect(first.textContent).toMatch(/Moved billing off an old Oracle database/)
    const marks = [...first.querySelectorAll('mark')].map((m) => m.textContent?.toLowerCase())
    expect(marks).toEqual(expect.arrayContaining(['database', 'migration']))
    expect(within(first).getByText('Delivering results')).toBeTruthy()
    expect(within(first).getByText(/Small for Staff engineer/)).toBeTruthy()
    expect(first.textContent).toMatch(/Mentions/)
  })

  it('opens the chosen story with the arrow keys and Enter', async () => {
    const { onClose } = renderPalette()
    const input = await type('Tell me about a time you disagreed with your director about a database')
    const options = await resultOptions()
    const secondId = options[1]?.textContent?.includes('Pushed back') ? 'clash' : 'db'
    fireEvent.keyDown(input, { key: 'ArrowDown' })
    expect(options[1]?.getAttribute('aria-selected')).toBe('true')
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(screen.getByTestId('probe').textContent).toBe(`stories:${secondId}`)
    expect(onClose).toHaveBeenCalled()
  })

  it('keeps the best result chosen when the list appears under a resting pointer', async () => {
    renderPalette()
    await type('Tell me about a project you are proud of')
    const [first, second] = await resultOptions()
    fireEvent.mouseEnter(second as HTMLElement)
    expect(first?.getAttribute('aria-selected')).toBe('true')
    fireEvent.mouseMove(second as HTMLElement)
    expect(second?.getAttribute('aria-selected')).toBe('true')
  })

  it('says so in plain words when nothing matches', async () => {
    renderPalette()
    await type('😀😀😀')
    expect(await screen.findByText(/no words to match on/)).toBeTruthy()
  })

  it('copies a STAR outline of the chosen result, from a button outside the list', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    renderPalette()
    await type('database migration')
    const [first] = await resultOptions()
    await act(async () => {
      // No control inside an option: screen readers cannot reach one there (axe: nested-interactive).
      expect(within(first as HTMLElement).queryByRole('button')).toBeNull()
      fireEvent.click(screen.getByRole('button', { name: 'Copy outline' }))
    })
    expect(writeText).toHaveBeenCalledWith(
      expect.stringMatching(/^Moved billing off an old Oracle database\nAction: I planned/),
    )
    expect(screen.getByRole('button', { name: 'Copied' })).toBeTruthy()
  })

  it('lets the person correct what the question probes, and re-ranks by that choice', async () => {
    renderPalette()
    // Both stories share "project"; neither wording says which competency is meant.
    await type('Tell me about a project you are proud of')
    expect((await resultOptions())[0]?.textContent).toMatch(/Moved billing/)
    const probes = screen.getByRole('group', { name: 'What the question probes' })
    for (const chip of within(probes).queryAllByRole('button', { name: /^Remove / })) {
      await act(async () => {
        fireEvent.click(chip)
      })
    }
    await act(async () => {
      fireEvent.change(within(probes).getByLabelText('Add a competency the question probes'), {
        target: { value: 'conflict' },
      })
    })
    expect(within(probes).getByText('You chose')).toBeTruthy()
    expect(within(probes).getByRole('button', { name: 'Remove Resolving conflict' })).toBeTruthy()
    expect((await resultOptions())[0]?.textContent).toMatch(/Pushed back on my director/)

    await act(async () => {
      fireEvent.click(within(probes).getByRole('button', { name: 'Use the guess' }))
    })
    expect(within(probes).queryByText('You chose')).toBeNull()
  })
})
