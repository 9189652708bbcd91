import type { Loop, Round } from './schema'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MINUTE = 60_000
const HOUR = 60 * MINUTE

/** A round's time in the person's local time zone; a date alone counts as that day's end, for "is it past". */
export function roundDate(at: string): { date: Date; hasTime: boolean } {
  const [day = '', time] = at.split('T')
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number)
  const [h = 0, min = 0] = (time ?? '').split(':').map(Number)
  return time
    ? { date: new Date(y, m - 1, d, h, min), hasTime: true }
    : { date: new Date(y, m - 1, d, 23, 59), hasTime: false }
}

function startOfDay(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime()
}

function clock(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`
}

/** "Thu 10 Dec 2026, 14:00" (or without the time when none was given). */
export function formatRoundTime(at: string | null): string {
  if (!at) return 'No date yet'
  const { date, hasTime } = roundDate(at)
  const day = `${DAYS[date.getDay()]} ${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`
  return hasTime ? `${day}, ${clock(date)}` : day
}

/** "in 35 min", "today at 14:00", "tomorrow at 09:30", "in 5 days", "3 days ago", "past"; null without a date. */
export function describeCountdown(at: string | null, now: Date): string | null {
  if (!at) return null
  const { date, hasTime } = roundDate(at)
  const days = Math.round((startOfDay(date) - startOfDay(now)) / (24 * HOUR))
  const diff = date.getTime() - now.getTime()
  if (days < 0) return days === -1 ? 'yesterday' : days > -14 ? `${-days} days ago` : 'past'
  if (days === 0) {
    if (!hasTime) return 'today'
    if (diff < 0) return diff > -2 * HOUR ? 'just now' : 'earlier today'
    if (diff < HOUR) return `in ${Math.max(1, Math.round(diff / MINUTE))} min`
    return `today at ${clock(date)}`
  }
  if (days === 1) return hasTime ? `tomorrow at ${clock(date)}` : 'tomorrow'
  if (days < 14) return `in ${days} days`
  if (days < 63) return `in ${Math.round(days / 7)} weeks`
  if (days < 730) return `in ${Math.round(days / 30.44)} months`
  return `in ${Math.round(days / 365.25)} years`
}

export function isPast(at: string | null, now: Date): boolean {
  return at !== null && roundDate(at).date.getTime() < now.getTime()
}

/** The loop's next round still to come (earliest date); rounds without a date are never "next". */
export function nextRound(loop: Pick<Loop, 'rounds'>, now: Date): Round | null {
  let next: Round | null = null
  for (const round of loop.rounds) {
    if (!round.at || isPast(round.at, now)) continue
    if (!next || roundDate(round.at).date < roundDate(next.at as string).date) next = round
  }
  return next
}

/**
 * The loop list's order: open loops with a round to come, soonest first; then open loops without
 * one; archived loops are listed apart by the caller.
 */
export function byNextRound(loops: readonly Loop[], now: Date): Loop[] {
  const when = (loop: Loop) => {
    const next = nextRound(loop, now)
    return next?.at ? roundDate(next.at).date.getTime() : Number.POSITIVE_INFINITY
  }
  return [...loops].sort((a, b) => when(a) - when(b) || b.updatedAt.localeCompare(a.updatedAt))
}
