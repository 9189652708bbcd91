import { describe, expect, it } from 'vitest'
import { focusAreas, principlesInText } from '../../../src/shared/loops/focus'
import { loopLens } from '../../../src/shared/loops/focus'

describe('round focus', () => {
  it('reads principles named in free text, whatever the case and punctuation', () => {
    expect(principlesInText(loopLens('amazon'), 'ownership + DIVE DEEP; bar raiser')).toEqual([
      'ownership',
      'dive-deep',
    ])
  })

  it('gives two principles about one competency a story each where the lens allows', () => {
    const areas = focusAreas('amazon', { principles: [], focus: 'Ownership, Dive Deep' })
    expect(areas.map((a) => [a.competency, a.names])).toEqual([
      ['ownership', ['Ownership']],
      ['ambiguity', ['Dive Deep']],
    ])
  })

  it('takes ticked principles and competency names, and ignores unknown ids', () => {
    const areas = focusAreas('core', { principles: ['conflict', 'no-such-thing'], focus: 'customer focus' })
    expect(areas.map((a) => a.competency)).toEqual(['conflict', 'customer'])
  })

  it('falls back to the generic lens when the lens is unknown', () => {
    expect(focusAreas('gone', { principles: ['ownership'], focus: '' }).map((a) => a.competency)).toEqual([
      'ownership',
    ])
  })
})
