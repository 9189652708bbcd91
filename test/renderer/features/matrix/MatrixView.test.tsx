// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { MatrixView } from '../../../../src/renderer/src/features/matrix/MatrixView'
import { overusedNote } from '../../../../src/renderer/src/features/matrix/matrix-model'
import { useVault, VaultProvider } from '../../../../src/renderer/src/state/vault-context'
import { FakeBridge, makeStory } from '../../fake-bridge'

afterEach(cleanup)

const stories = [
  makeStory({
    id: 'a',
    title: 'Calmed a clash over caching',
    competencies: ['conflict'],
    action: 'I pushed back on the cache plan, then committed once the team decided.',
  }),
  makeStory({
    id: 'b',
    title: 'Mentored a new grad',
    action: 'Weekly 1:1s, coached her through design reviews, taught her to time-box spikes.',
    result: 'She was promoted within a year.',
  }),
]

function ViewProbe() {
  const { view, selectedId } = useVault()
  return <output data-testid="probe">{`${view}:${selectedId ?? ''}`}</output>
}

function renderMatrix() {
  return render(
    <VaultProvider bridge={FakeBridge.withStories(stories)}>
      <MatrixView />
      <ViewProbe />
    </VaultProvider>,
  )
}

describe('MatrixView', () => {
  it('shows assigned and suggested strengths per story and competency', async () => {
    renderMatrix()
    expect(
      await screen.findByLabelText('Calmed a clash over caching — Resolving conflict: assigned'),
    ).toBeTruthy()
    const mentoring = screen.getByLabelText(
      /Mentored a new grad — Leadership and mentorship: suggested, \d+%/,
    )
    expect(mentoring.className).toMatch(/cell-(strong|weak)/)
  })

  it('calls out competencies with no strong story', async () => {
    renderMatrix()
    await screen.findByRole('button', { name: 'Calmed a clash over caching' })
    const summary = screen.getByTestId('coverage-summary')
    expect(summary.textContent).toMatch(/No strong story for Critical thinking about partnerships/)
    expect(summary.textContent).not.toMatch(/No strong story for Resolving conflict/)
  })

  it('switches lens to a company framework', async () => {
    renderMatrix()
    await screen.findByRole('button', { name: 'Calmed a clash over caching' })
    fireEvent.click(screen.getByRole('radio', { name: 'Amazon' }))
    expect(screen.getByRole('radio', { name: 'Amazon' }).getAttribute('aria-checked')).toBe('true')
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toContain('Customer Obsession')
    expect(
      screen.getByLabelText(
        'Calmed a clash over caching — Have Backbone; Disagree and Commit: assigned — “pushed back”',
      ),
    ).toBeTruthy()
    // Conflict also feeds "Are Right, A Lot", but nothing in the story speaks to it.
    expect(screen.getByLabelText('Calmed a clash over caching — Are Right, A Lot: not shown')).toBeTruthy()
  })

  it('assigns and unassigns a competency from a cell, with undo', async () => {
    renderMatrix()
    const cell = await screen.findByRole('button', { name: /^Mentored a new grad — Ownership: / })
    expect(cell.getAttribute('aria-pressed')).toBe('false')
    fireEvent.click(cell)
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Mentored a new grad — Ownership: assigned' })).toBeTruthy(),
    )
    expect(screen.getByTestId('matrix-undo-toast').textContent).toMatch(
      /Assigned Ownership to “Mentored a new grad”/,
    )
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }))
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: /^Mentored a new grad — Ownership: (?!assigned)/ }),
      ).toBeTruthy(),
    )
    const conflict = screen.getByRole('button', {
      name: 'Calmed a clash over caching — Resolving conflict: assigned',
    })
    fireEvent.click(conflict)
    await waitFor(() =>
      expect(screen.getByTestId('matrix-undo-toast').textContent).toMatch(
        /Removed Resolving conflict from “Calmed a clash over caching”/,
      ),
    )
  })

  it('opens a story when its title is clicked', async () => {
    renderMatrix()
    fireEvent.click(await screen.findByRole('button', { name: 'Mentored a new grad' }))
    expect(screen.getByTestId('probe').textContent).toBe('stories:b')
  })
})

describe('overusedNote', () => {
  const names: Record<string, string> = {
    conflict: 'Resolving conflict',
    failure: 'Failure',
    growth: 'Growth',
  }
  it('speaks of competencies, and names the ones with no other story', () => {
    const note = overusedNote(
      {
        storyId: 'x',
        title: 'Big story',
        rows: ['conflict', 'failure', 'growth'],
        alone: ['conflict', 'growth'],
      },
      (id) => names[id] ?? id,
    )
    expect(note).toBe(
      '“Big story” is your strong story for 3 competencies, and the only one for 2 of them: Resolving conflict and Growth — find other stories for those.',
    )
    expect(note).not.toMatch(/rows|alone/)
  })
})
