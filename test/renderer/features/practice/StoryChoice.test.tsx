// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { StoryChoice } from '../../../../src/renderer/src/features/practice/StoryChoice'
import { VaultProvider } from '../../../../src/renderer/src/state/vault-context'
import { makeStory } from '../../fake-bridge'
import { PracticeBridge } from './practice-bridge'

afterEach(cleanup)

const stories = [
  ...Array.from({ length: 39 }, (_, i) =>
    makeStory({
      id: `s${i}`,
      title: `Story number ${i} about a migration`,
      action: 'I moved the billing data.',
    }),
  ),
  makeStory({ id: 's39', title: 'Planned the team offsite', action: 'I booked a venue and a speaker.' }),
]

describe('story choice', () => {
  it('puts every other story in the list only once the person reaches for it', async () => {
    const onChoose = vi.fn()
    render(
      <VaultProvider bridge={PracticeBridge.create(stories)}>
        <StoryChoice
          question="Tell me about a migration"
          chosenId="s39"
          legend="Which story?"
          onChoose={onChoose}
        />
      </VaultProvider>,
    )
    const select = await screen.findByRole('combobox', { name: 'Or another story' })
    const offered = screen.getAllByRole('radio').length
    // Before: the placeholder and the chosen story (so the select shows it), not 40 titles to lay out.
    const before = within(select).getAllByRole('option')
    expect(before.map((o) => o.textContent)).toEqual(['Choose a story…', 'Planned the team offsite'])
    expect((select as HTMLSelectElement).value).toBe('s39')
    await act(async () => {
      fireEvent.focus(select)
    })
    expect(within(select).getAllByRole('option')).toHaveLength(1 + stories.length - offered)
    fireEvent.change(select, { target: { value: 's7' } })
    expect(onChoose).toHaveBeenCalledWith('s7')
  })
})
