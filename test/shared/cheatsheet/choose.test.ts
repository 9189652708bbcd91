import { describe, expect, it } from 'vitest'
import { chooseSentences, clauses } from '../../../src/shared/cheatsheet/choose'

describe('choosing whole sentences for a line', () => {
  const text =
    'We met weekly. Latency fell from 900 ms to 120 ms. Everyone on the team was very happy about it.'

  it('takes the most telling sentence that fits, whole', () => {
    expect(chooseSentences(text, 9)).toBe('Latency fell from 900 ms to 120 ms.')
  })

  it('keeps the story’s order when several fit', () => {
    expect(chooseSentences(text, 12)).toBe('We met weekly. Latency fell from 900 ms to 120 ms.')
  })

  it('falls back to a whole clause of a long sentence', () => {
    const task =
      'As tech lead I had to decide what the team would do that quarter, and get the people asking for features to accept it.'
    expect(chooseSentences(task, 14)).toBe(
      'As tech lead I had to decide what the team would do that quarter.',
    )
    expect(clauses('We shipped the new flow; nobody noticed the switch at all.')).toEqual([
      'We shipped the new flow.',
      'Nobody noticed the switch at all.',
    ])
  })

  it('leaves out what was already said', () => {
    expect(chooseSentences(text, 30, { skip: ['We met weekly.'] })).not.toContain('We met weekly.')
  })
})
