// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { StoryInsights } from '../../../../src/renderer/src/features/insights/StoryInsights'
import { VaultProvider } from '../../../../src/renderer/src/state/vault-context'
import { StoryFieldsSchema, type StoryFields } from '../../../../src/shared/story/schema'
import { FakeBridge } from '../../fake-bridge'

afterEach(cleanup)

const partnerStory = StoryFieldsSchema.parse({
  title: 'Getting the payments team to build our refund API',
  action:
    'I met with the partner team lead, explained the business impact and we agreed on a shared goal. When their director would not commit I escalated early to both VPs.',
  result: 'Shipped in 7 weeks.',
})

/** Holds the story like the editor does, so accepted changes flow back into the insights. */
function Harness({ initial, changes }: { initial: StoryFields; changes: Array<Partial<StoryFields>> }) {
  const [story, setStory] = useState(initial)
  return (
    <StoryInsights
      story={story}
      onChange={(fields) => {
        changes.push(fields)
        setStory((s) => ({ ...s, ...fields }))
      }}
    />
  )
}

function renderInsights(initial: StoryFields, changes: Array<Partial<StoryFields>> = []) {
  render(
    <VaultProvider bridge={FakeBridge.withStories([])}>
      <Harness initial={initial} changes={changes} />
    </VaultProvider>,
  )
  return changes
}

describe('StoryInsights', () => {
  it('accepts a suggestion into the competencies with one click', async () => {
    const changes = renderInsights(partnerStory)
    fireEvent.click(await screen.findByRole('button', { name: 'Add Critical thinking about partnerships' }))
    expect(changes.at(-1)?.competencies).toEqual(['partnerships'])
    await waitFor(() => expect(screen.queryByTestId('suggestion-partnerships')).toBeNull())
  })

  it('rejects a suggestion so it is never suggested again, and can undo that', async () => {
    const changes = renderInsights(partnerStory)
    fireEvent.click(
      await screen.findByRole('button', { name: 'Not this: Critical thinking about partnerships' }),
    )
    expect(changes.at(-1)?.rejectedCompetencies).toEqual(['partnerships'])
    await waitFor(() => expect(screen.queryByTestId('suggestion-partnerships')).toBeNull())
    fireEvent.click(
      screen.getByRole('button', { name: 'Suggest Critical thinking about partnerships again' }),
    )
    expect(changes.at(-1)?.rejectedCompetencies).toEqual([])
    expect(await screen.findByTestId('suggestion-partnerships')).toBeTruthy()
  })

  it("shows the story through company frameworks, one principle a line, with the story's words", async () => {
    renderInsights({
      ...partnerStory,
      competencies: ['conflict'],
      action:
        'I pushed back on the schema plan in review. The data showed the other team was right, so I changed my mind and we shipped their design.',
    })
    const lenses = await screen.findByTestId('lens-view')
    const amazon = screen.getByRole('list', { name: 'Amazon Leadership Principles' })
    const items = [...amazon.querySelectorAll('.lens-item-name')].map((li) => li.textContent)
    // "Are Right, A Lot" is one principle, not two: its comma must not read as a separator.
    expect(items).toContain('Are Right, A Lot')
    expect(items).toContain('Have Backbone; Disagree and Commit')
    expect(amazon.textContent).toMatch(/pushed back/)
    expect(lenses.textContent).not.toMatch(/Earn Trust/)
  })

  it('shows the scope check for the target level with reasons and fixes', async () => {
    renderInsights(
      StoryFieldsSchema.parse({
        title: 'Weekend fix',
        action: 'Just me, over a weekend, I fixed the importer.',
      }),
    )
    const scope = await screen.findByTestId('scope-check')
    expect(scope.textContent).toMatch(/Scope for Staff: looks small/)
    expect(scope.textContent).toMatch(/To make it fit/)
  })

  it('lists concrete fixes for a thin story', async () => {
    renderInsights(StoryFieldsSchema.parse({ title: 'Thin', action: 'We fixed it.' }))
    const fixes = await screen.findByTestId('strength-fixes')
    expect(fixes.textContent).toMatch(/measurable result/)
    expect(fixes.textContent).toMatch(/what you learned/)
  })
})
