import { useCallback, useEffect, useState } from 'react'
import { elapsedMs, idleTimer, isRunning, toggleTimer, type Clock, type TimerState } from './answer-timer'

/** The timer's state plus a re-render about four times a second while it runs. */
export function useAnswerTimer(clock: Clock) {
  const [timer, setTimer] = useState<TimerState>(idleTimer)
  const [now, setNow] = useState(() => clock.now())
  const running = isRunning(timer)
  useEffect(() => {
    if (!running) return
    const tick = setInterval(() => setNow(clock.now()), 500)
    return () => clearInterval(tick)
  }, [running, clock])
  const toggle = useCallback(() => {
    const at = clock.now()
    setNow(at)
    setTimer((current) => toggleTimer(current, at))
  }, [clock])
  const reset = useCallback(() => setTimer(idleTimer), [])
  return {
    timer,
    running,
    elapsed: elapsedMs(timer, now),
    toggle,
    reset,
    /** Elapsed time read from the clock now, for recording (not the last tick). */
    read: () => elapsedMs(timer, clock.now()),
  }
}
