// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ErrorBoundary } from '../../../src/renderer/src/components/ErrorBoundary'

let broken = true
function Fragile() {
  if (broken) throw new Error('boom')
  return <p>Works now</p>
}

afterEach(cleanup)

describe('ErrorBoundary', () => {
  it('shows a plain message instead of the failed part, keeps its neighbours, and can try again', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    render(
      <div>
        <textarea defaultValue="my unsaved words" aria-label="Notes" />
        <ErrorBoundary fallback="Suggestions could not be shown.">
          <Fragile />
        </ErrorBoundary>
      </div>,
    )
    expect(screen.getByRole('alert').textContent).toContain('Suggestions could not be shown.')
    expect((screen.getByLabelText('Notes') as HTMLTextAreaElement).value).toBe('my unsaved words')
    broken = false
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(screen.getByText('Works now')).toBeTruthy()
    quiet.mockRestore()
  })
})
