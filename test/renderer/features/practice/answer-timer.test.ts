import { describe, expect, it } from 'vitest'
import {
  clampTargetMinutes,
  elapsedMs,
  formatClock,
  idleTimer,
  isRunning,
  pacingAt,
  pacingMarks,
  spokenDuration,
  startTimer,
  stopTimer,
  toggleTimer,
} from '../../../../src/renderer/src/features/practice/answer-timer'

describe('answer timer', () => {
  it('counts only while running and resumes where it stopped', () => {
    let timer = startTimer(idleTimer, 1_000)
    expect(elapsedMs(timer, 31_000)).toBe(30_000)
    timer = stopTimer(timer, 31_000)
    expect(isRunning(timer)).toBe(false)
    expect(elapsedMs(timer, 99_000)).toBe(30_000)
    timer = toggleTimer(timer, 100_000)
    expect(elapsedMs(timer, 110_000)).toBe(40_000)
  })

  it('ignores a second start and a clock that steps back', () => {
    const timer = startTimer(startTimer(idleTimer, 5_000), 9_000)
    expect(timer.startedAt).toBe(5_000)
    expect(elapsedMs(timer, 1_000)).toBe(0)
  })

  it('paces STAR: set-up for the first fifth, action to four fifths, then result', () => {
    const target = 120_000
    expect(pacingMarks().map((m) => m.at)).toEqual([0, 0.2, 0.8])
    expect(pacingAt(0, target).phase).toBe('setup')
    expect(pacingAt(23_999, target).phase).toBe('setup')
    expect(pacingAt(24_000, target).phase).toBe('action')
    expect(pacingAt(95_999, target).phase).toBe('action')
    expect(pacingAt(96_000, target).phase).toBe('result')
    expect(pacingAt(120_000, target)).toMatchObject({ overTime: false, progress: 1 })
    expect(pacingAt(131_000, target)).toMatchObject({ overTime: true, overByMs: 11_000, progress: 1 })
  })

  it('keeps the target between one and four whole minutes', () => {
    expect([0, 1, 2.4, 4, 9, Number.NaN].map(clampTargetMinutes)).toEqual([1, 1, 2, 4, 4, 2])
  })

  it('shows time as a stopwatch does and says it in words', () => {
    expect(formatClock(65_900)).toBe('1:05')
    expect(formatClock(-5)).toBe('0:00')
    expect(spokenDuration(65_000)).toBe('1 minute 5 seconds')
    expect(spokenDuration(120_000)).toBe('2 minutes')
    expect(spokenDuration(0)).toBe('0 seconds')
  })
})
