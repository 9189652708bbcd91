// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DeckChooser, pickedQuestions } from '../../../../src/renderer/src/features/practice/DeckChooser'

afterEach(cleanup)

function renderChooser(props: Partial<Parameters<typeof DeckChooser>[0]> = {}) {
  const onStart = vi.fn()
  render(<DeckChooser picked={[]} dueCount={0} busy={false} onStart={onStart} {...props} />)
  return onStart
}

describe('deck chooser', () => {
  it('starts a competency deck with the length and target chosen', () => {
    const onStart = renderChooser()
    fireEvent.click(screen.getByRole('radio', { name: 'One competency' }))
    fireEvent.change(screen.getByLabelText('Competency'), { target: { value: 'conflict' } })
    fireEvent.click(screen.getByRole('radio', { name: '10 questions' }))
    fireEvent.change(screen.getByLabelText('Target per answer (minutes)'), { target: { value: '3' } })
    fireEvent.click(screen.getByRole('button', { name: 'Start practice' }))
    expect(onStart).toHaveBeenCalledWith({
      source: { kind: 'competency', competency: 'conflict' },
      length: 10,
      targetSeconds: 180,
    })
  })

  it('keeps the target between one and four minutes', () => {
    const onStart = renderChooser()
    fireEvent.click(screen.getByRole('radio', { name: 'One company lens' }))
    const target = screen.getByLabelText('Target per answer (minutes)')
    fireEvent.change(target, { target: { value: '9' } })
    fireEvent.blur(target)
    expect(target).toHaveProperty('value', '4')
    fireEvent.click(screen.getByRole('button', { name: 'Start practice' }))
    expect(onStart.mock.calls[0]?.[0]).toMatchObject({
      source: { kind: 'lens', lens: 'amazon' },
      targetSeconds: 240,
    })
  })

  it('opens on "Due now" when cards are due, and on the picked list when questions were picked', () => {
    renderChooser({ dueCount: 3 })
    expect(screen.getByRole('radio', { name: /Due now/ })).toHaveProperty('checked', true)
    expect(screen.getByText('(3)')).toBeTruthy()
    cleanup()
    const onStart = renderChooser({ picked: ['How do you handle ambiguity?'] })
    expect(screen.getByRole('radio', { name: 'A hand-picked list' })).toHaveProperty('checked', true)
    fireEvent.click(screen.getByRole('button', { name: 'Start practice' }))
    expect(onStart.mock.calls[0]?.[0]).toMatchObject({
      source: { kind: 'picked', questions: ['How do you handle ambiguity?'] },
      length: 5,
      targetSeconds: 120,
    })
  })

  it('says why it cannot start: nothing due, or an empty hand-picked list', () => {
    const onStart = renderChooser({ dueCount: 0 })
    fireEvent.click(screen.getByRole('radio', { name: /Due now/ }))
    expect(screen.getByRole('status').textContent).toContain('Nothing is due right now')
    expect(screen.getByRole('button', { name: 'Start practice' })).toHaveProperty('disabled', true)
    fireEvent.click(screen.getByRole('radio', { name: 'A hand-picked list' }))
    expect(screen.getByRole('status').textContent).toContain('at least one question')
    fireEvent.submit(screen.getByRole('button', { name: 'Start practice' }))
    expect(onStart).not.toHaveBeenCalled()
  })

  it('reads a hand-picked list one question per line, each once', () => {
    expect(pickedQuestions('  A?\n\nB?\na?\r\nC? ')).toEqual(['A?', 'B?', 'C?'])
  })
})

describe('deck chooser opened for a loop round', () => {
  it('starts on the hand-picked list even when cards are due', () => {
    const onStart = renderChooser({ picked: ['Why this company?'], dueCount: 3, preferPicked: true })
    fireEvent.click(screen.getByRole('button', { name: 'Start practice' }))
    expect(onStart.mock.calls[0]?.[0]).toMatchObject({
      source: { kind: 'picked', questions: ['Why this company?'] },
    })
  })
})
