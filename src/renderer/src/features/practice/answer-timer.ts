/**
 * The answer timer as plain data and pure functions: the time comes in as an argument (from an
 * injected clock), so tests and the session drive it without waiting.
 */

export interface Clock {
  now(): number
}

export const systemClock: Clock = { now: () => Date.now() }

/** Settable target per answer, in whole minutes. */
export const TARGET_MINUTES = { min: 1, max: 4, default: 2 } as const

export interface TimerState {
  /** When the running stretch began; null while stopped. */
  startedAt: number | null
  /** Time counted in earlier stretches (stop, then start again, resumes). */
  banked: number
}

export const idleTimer: TimerState = { startedAt: null, banked: 0 }

export function isRunning(timer: TimerState): boolean {
  return timer.startedAt !== null
}

export function startTimer(timer: TimerState, now: number): TimerState {
  return timer.startedAt === null ? { ...timer, startedAt: now } : timer
}

export function stopTimer(timer: TimerState, now: number): TimerState {
  return timer.startedAt === null ? timer : { startedAt: null, banked: elapsedMs(timer, now) }
}

export function toggleTimer(timer: TimerState, now: number): TimerState {
  return isRunning(timer) ? stopTimer(timer, now) : startTimer(timer, now)
}

/** Never negative, even if the clock steps back (a changed system time). */
export function elapsedMs(timer: TimerState, now: number): number {
  const running = timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt)
  return timer.banked + running
}

export function clampTargetMinutes(minutes: number): number {
  if (!Number.isFinite(minutes)) return TARGET_MINUTES.default
  return Math.min(TARGET_MINUTES.max, Math.max(TARGET_MINUTES.min, Math.round(minutes)))
}

export type StarPhase = 'setup' | 'action' | 'result'

/** STAR pacing: situation and task about the first fifth, action three fifths, result and learnings the rest. */
export const STAR_PACING: ReadonlyArray<{ phase: StarPhase; label: string; share: number }> = [
  { phase: 'setup', label: 'Situation & task', share: 0.2 },
  { phase: 'action', label: 'Action', share: 0.6 },
  { phase: 'result', label: 'Result & learnings', share: 0.2 },
]

/** Where each phase starts, as a fraction of the target (0, 0.2, 0.8). */
export function pacingMarks(): Array<{ phase: StarPhase; label: string; at: number }> {
  let at = 0
  return STAR_PACING.map(({ phase, label, share }) => {
    const mark = { phase, label, at }
    at += share
    return mark
  })
}

export interface Pacing {
  /** The STAR part the answer should be in by now. */
  phase: StarPhase
  label: string
  /** Elapsed over target, capped at 1 for drawing. */
  progress: number
  overTime: boolean
  /** How far past the target, 0 when within it. */
  overByMs: number
}

export function pacingAt(elapsed: number, targetMs: number): Pacing {
  const fraction = targetMs > 0 ? elapsed / targetMs : 1
  const marks = pacingMarks()
  const current = [...marks].reverse().find((mark) => fraction >= mark.at) ?? marks[0]!
  return {
    phase: current.phase,
    label: current.label,
    progress: Math.min(1, Math.max(0, fraction)),
    overTime: elapsed > targetMs,
    overByMs: Math.max(0, elapsed - targetMs),
  }
}

/** "1:05" for 65 s; whole seconds, rounded down, as a stopwatch shows them. */
export function formatClock(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000)
  const minutes = Math.floor(total / 60)
  const seconds = total % 60
  return `${minutes}:${String(seconds).padStart(2, '0')}`
}

/** "1 minute 5 seconds", for screen readers and summaries. */
export function spokenDuration(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000)
  const minutes = Math.floor(total / 60)
  const seconds = total % 60
  const parts: string[] = []
  if (minutes > 0) parts.push(`${minutes} minute${minutes === 1 ? '' : 's'}`)
  if (seconds > 0 || minutes === 0) parts.push(`${seconds} second${seconds === 1 ? '' : 's'}`)
  return parts.join(' ')
}
