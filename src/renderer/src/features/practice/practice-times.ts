import type { PracticeTimes } from '../../../../shared/contract/practice'

const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
]

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' })

/** "3 days ago", "in 2 weeks", "now" — from an ISO time against `now` (ms). */
export function relativeTime(iso: string, now: number): string {
  const diff = Date.parse(iso) - now
  for (const [unit, size] of UNITS) {
    if (Math.abs(diff) >= size) return relative.format(Math.round(diff / size), unit)
  }
  return 'now'
}

/** "Last rehearsed 3 days ago · next due in 2 weeks", or that it was never rehearsed. */
export function practiceTimesText(times: PracticeTimes | undefined, now: number): string {
  if (!times?.lastRehearsed) return 'Not rehearsed yet'
  const last = `Last rehearsed ${relativeTime(times.lastRehearsed, now)}`
  if (!times.nextDue) return last
  const due = Date.parse(times.nextDue) <= now ? 'due now' : `next due ${relativeTime(times.nextDue, now)}`
  return `${last} · ${due}`
}
