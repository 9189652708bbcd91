// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { MatrixView } from '../../../../src/renderer/src/features/matrix/MatrixView'
import { useVault, VaultProvider } from '../../../../src/renderer/src/state/vault-context'
import { FakeBridge, makeStory } from '../../fake-bridge'

afterEach(cleanup)

const stories = [
  makeStory({ id: 'a', title: 'Calmed a clash over caching', competencies: ['conflict'] }),
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
    expect(screen.getByLabelText('Calmed a clash over caching — Are Right, A Lot: assigned')).toBeTruthy()
  })

  it('opens a story when its title is clicked', async () => {
    renderMatrix()
    fireEvent.click(await screen.findByRole('button', { name: 'Mentored a new grad' }))
    expect(screen.getByTestId('probe').textContent).toBe('stories:b')
  })
})
