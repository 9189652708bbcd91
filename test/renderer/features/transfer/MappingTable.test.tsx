// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { MappingTable } from '../../../../src/renderer/src/features/transfer/MappingTable'
import { parseCsvStories } from '../../../../src/shared/transfer/csv-import'

afterEach(cleanup)

const BROKEN = [
  'Title,Action,Result',
  'Cut build time,Split the test suite,40 → 18 min',
  '"Moved billing off the old database,Ran both for a month,No lost invoices',
  'Paired with a new hire,Weekly sessions,She owns the service now',
].join('\n')

function show(text: string) {
  const { columns } = parseCsvStories(text, { fileName: 'stories.csv' })
  render(
    <MappingTable
      file={{ name: 'stories.csv', format: 'csv', stories: 0, columns }}
      disabled={false}
      onChange={() => undefined}
    />,
  )
}

describe('CSV mapping preview', () => {
  it('says where an unclosed quote breaks the file instead of showing the swallowed text', () => {
    show(BROKEN)
    const table = screen.getByRole('table', { name: 'Columns of stories.csv' })
    expect(table.textContent).toContain('Cut build time')
    expect(table.textContent).not.toContain('Moved billing')
    expect(table.textContent).not.toContain('Paired with a new hire')
    const note = screen.getByText(/First values come from the rows above row 3 only/)
    expect(note.textContent).toContain('never closes')
    expect(table.getAttribute('aria-describedby')).toBe(note.id)
  })

  it('says the columns cannot be shown when the header row is the broken one', () => {
    show(`"${BROKEN}`)
    expect(screen.queryByRole('table')).toBeNull()
    expect(screen.getByText(/header row has a quote mark/).textContent).toContain('stories.csv')
  })

  it('shows the first values of a sound file, with no note', () => {
    show(BROKEN.replace('"Moved', 'Moved'))
    const rows = within(screen.getByRole('table')).getAllByRole('row')
    expect(rows[1]?.textContent).toContain('Cut build time · Moved billing off the old database')
    expect(screen.queryByText(/First values come from/)).toBeNull()
  })
})
