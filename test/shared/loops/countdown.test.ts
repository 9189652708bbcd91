import { describe, expect, it } from 'vitest'
import {
  byNextRound,
  describeCountdown,
  formatRoundTime,
  nextRound,
} from '../../../src/shared/loops/countdown'
import { loop, round } from './helpers'

const now = new Date(2026, 11, 7, 10, 0)

describe('round countdown', () => {
  it('says when a round is, in words', () => {
    expect(describeCountdown('2026-12-07T10:20', now)).toBe('in 20 min')
    expect(describeCountdown('2026-12-07T15:00', now)).toBe('today at 15:00')
    expect(describeCountdown('2026-12-08T09:30', now)).toBe('tomorrow at 09:30')
    expect(describeCountdown('2026-12-12', now)).toBe('in 5 days')
    expect(describeCountdown('2026-12-04T09:00', now)).toBe('3 days ago')
    expect(describeCountdown('2020-01-15T09:00', now)).toBe('past')
    expect(describeCountdown('2027-01-01T09:00', now)).toBe('in 4 weeks')
    expect(describeCountdown('2027-06-01T09:00', now)).toBe('in 6 months')
    expect(formatRoundTime('2027-02-01T09:00')).toBe('Mon 1 Feb 2027, 09:00')
    expect(describeCountdown(null, now)).toBeNull()
    expect(formatRoundTime(null)).toBe('No date yet')
  })

  it('skips past and undated rounds when finding the next one, and orders loops by it', () => {
    const soon = loop('soon', 'Acme', [
      round('a', 'Past', [], { at: '2026-12-01T09:00' }),
      round('b', 'Undated', []),
      round('c', 'Next', [], { at: '2026-12-09T09:00' }),
    ])
    const later = loop('later', 'Globex', [round('d', 'Onsite', [], { at: '2026-12-20' })])
    const none = loop('none', 'Initech', [round('e', 'Screen', [])])
    expect(nextRound(soon, now)?.id).toBe('c')
    expect(nextRound(none, now)).toBeNull()
    expect(byNextRound([none, later, soon], now).map((l) => l.id)).toEqual(['soon', 'later', 'none'])
  })
})
