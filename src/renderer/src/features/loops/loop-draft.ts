import type { LoopFix } from '../../../../shared/loops/warnings'
import type { Loop, LoopDraft, Round } from '../../../../shared/loops/schema'
import type { TargetLevel } from '../../../../shared/story/levels'

/** A round as the form edits it: no id until it is saved. */
export type RoundDraft = Omit<Round, 'id'> & { id?: string }

export interface LoopFormValue {
  id?: string
  company: string
  role: string
  level: TargetLevel
  lens: string
  archived: boolean
  rounds: RoundDraft[]
}

export function newRound(index: number): RoundDraft {
  return { name: `Round ${index + 1}`, at: null, focus: '', principles: [], notes: '', picks: [], log: null }
}

export function newLoopForm(level: TargetLevel): LoopFormValue {
  return { company: '', role: '', level, lens: 'core', archived: false, rounds: [newRound(0)] }
}

export function formOf(loop: Loop): LoopFormValue {
  const { company, role, level, lens, archived, rounds, id } = loop
  return { id, company, role, level, lens, archived, rounds }
}

export function draftOf(form: LoopFormValue): LoopDraft {
  return { ...form, rounds: form.rounds.map((round) => ({ ...round, at: round.at || null })) }
}

/** The loop with one competency of one round planned to a story (a fix, or the person's swap). */
export function withPick(loop: Loop, roundId: string, competency: string, storyId: string | null): LoopDraft {
  return {
    ...loop,
    rounds: loop.rounds.map((round) => {
      if (round.id !== roundId) return round
      const picks = round.picks.filter((p) => p.competency !== competency)
      return { ...round, picks: storyId ? [...picks, { competency, storyId, title: '' }] : picks }
    }),
  }
}

/** The loop a swap fix leaves; null for fixes that leave the loop as it is. */
export function applyFix(loop: Loop, fix: LoopFix): LoopDraft | null {
  return fix.kind === 'swap' ? withPick(loop, fix.roundId, fix.competency, fix.storyId) : null
}

/** `<input type="datetime-local">` gives "2026-12-10T14:00"; a date-only value is kept as is. */
export function roundTimeFromInput(value: string): string | null {
  return /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?/.test(value) ? value.slice(0, 16) : null
}
