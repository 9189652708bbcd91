import { LEVEL_WORDS } from '../scope/wording'
import { bestCandidate, type LoopPlan, type PlanSlot, type RoundPlan } from './plan'

export type WarningKind = 'duplicate' | 'heavy-reliance' | 'told-before' | 'small-for-level' | 'uncovered'

/** The one click that fixes a warning. */
export type LoopFix =
  /** Plan another story for one competency of one round. */
  | { kind: 'swap'; roundId: string; competency: string; storyId: string; title: string }
  /** No story shows the competency: start one. */
  | { kind: 'new-story'; competency: string; competencyName: string }
  /** Nothing better to swap to: open the story to work on it (add its scope). */
  | { kind: 'open-story'; storyId: string }

export interface LoopWarning {
  kind: WarningKind
  message: string
  /** The rounds it concerns, in loop order. */
  roundIds: string[]
  storyId: string | null
  fix: LoopFix
  /** The fix button's words: "Use “Cut the release train” in Bar raiser instead". */
  fixLabel: string
}

interface SlotRef {
  round: RoundPlan
  slot: PlanSlot
}

/** A round leans on a story when the story fills more than half of its (two or more) competencies. */
function leansOn(round: RoundPlan, storyId: string): boolean {
  const count = round.slots.filter((slot) => slot.story?.id === storyId).length
  return count >= 2 && count > round.slots.length / 2
}

function usedIds(plan: LoopPlan): Set<string> {
  return new Set(plan.rounds.flatMap((r) => r.slots.flatMap((s) => (s.story ? [s.story.id] : []))))
}

/** Swap this slot's story for the best one not used in the loop, or say there is none. */
function swapFix(plan: LoopPlan, ref: SlotRef, fallback: LoopFix, fallbackLabel: string) {
  const current = ref.slot.story?.id
  const used = usedIds(plan)
  const others = ref.slot.candidates.filter((c) => c.id !== current && !used.has(c.id))
  const best = bestCandidate(others, used, plan.toldBefore)
  if (!best || plan.toldBefore.has(best.id)) return { fix: fallback, fixLabel: fallbackLabel }
  const fix: LoopFix = {
    kind: 'swap',
    roundId: ref.round.roundId,
    competency: ref.slot.competency,
    storyId: best.id,
    title: best.title,
  }
  return { fix, fixLabel: `Use “${best.title}” for ${ref.slot.competencyName} in ${ref.round.name}` }
}

function newStoryFix(slot: PlanSlot): { fix: LoopFix; fixLabel: string } {
  return {
    fix: { kind: 'new-story', competency: slot.competency, competencyName: slot.competencyName },
    fixLabel: `Write a story for ${slot.competencyName}`,
  }
}

function openFix(storyId: string, title: string): { fix: LoopFix; fixLabel: string } {
  return { fix: { kind: 'open-story', storyId }, fixLabel: `Open “${title}” to add its scope` }
}

function names(rounds: readonly RoundPlan[]): string {
  const list = rounds.map((r) => r.name)
  return list.length <= 2 ? list.join(' and ') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`
}

/** Where a story is planned, round by round; deleted stories are not planned (the loop shows them). */
function placements(plan: LoopPlan): Map<string, SlotRef[]> {
  const map = new Map<string, SlotRef[]>()
  for (const round of plan.rounds) {
    for (const slot of round.slots) {
      if (!slot.story || slot.story.deleted) continue
      map.set(slot.story.id, [...(map.get(slot.story.id) ?? []), { round, slot }])
    }
  }
  return map
}

/** The slot to change: the last one the person did not choose by hand, else the last one. */
function slotToChange(refs: readonly SlotRef[]): SlotRef {
  return [...refs].reverse().find((ref) => ref.slot.story?.source !== 'chosen') ?? (refs.at(-1) as SlotRef)
}

function reuseWarnings(plan: LoopPlan): LoopWarning[] {
  const out: LoopWarning[] = []
  for (const [storyId, refs] of placements(plan)) {
    const rounds = [...new Set(refs.map((ref) => ref.round))]
    if (rounds.length < 2) continue
    const title = refs[0]?.slot.story?.title ?? ''
    const leaning = rounds.filter((round) => leansOn(round, storyId))
    const heavy = leaning.length >= 2
    const target = slotToChange(heavy ? refs.filter((ref) => leaning.includes(ref.round)) : refs)
    const fallback = newStoryFix(target.slot)
    out.push({
      kind: heavy ? 'heavy-reliance' : 'duplicate',
      message: heavy
        ? `${names(leaning)} both lean on “${title}”: it carries most of each round.`
        : `“${title}” is planned in ${names(rounds)}. Each interviewer compares notes; tell it once.`,
      roundIds: (heavy ? leaning : rounds).map((r) => r.roundId),
      storyId,
      ...swapFix(plan, target, fallback.fix, fallback.fixLabel),
    })
  }
  return out
}

function slotWarnings(plan: LoopPlan, round: RoundPlan, slot: PlanSlot): LoopWarning[] {
  const ref = { round, slot }
  const story = slot.story
  if (!story) {
    const areaNames = slot.names.join(', ')
    return [
      {
        kind: 'uncovered',
        message: `No story shows ${slot.competencyName}${areaNames && areaNames !== slot.competencyName ? ` (${areaNames})` : ''} for ${round.name}.`,
        roundIds: [round.roundId],
        storyId: null,
        ...newStoryFix(slot),
      },
    ]
  }
  if (story.deleted) return []
  const out: LoopWarning[] = []
  const told = plan.toldBefore.get(story.id)
  if (told) {
    const fallback = newStoryFix(slot)
    out.push({
      kind: 'told-before',
      message: `You told “${story.title}” to ${told.company} before (${told.roundName}, ${told.loggedAt.slice(0, 10)}).`,
      roundIds: [round.roundId],
      storyId: story.id,
      ...swapFix(plan, ref, fallback.fix, fallback.fixLabel),
    })
  }
  if (story.smallForLevel) {
    const fallback = openFix(story.id, story.title)
    const { fix, fixLabel } = swapFix(plan, ref, fallback.fix, fallback.fixLabel)
    const fits = fix.kind === 'swap' && !slot.candidates.some((c) => c.id === fix.storyId && c.smallForLevel)
    out.push({
      kind: 'small-for-level',
      message: `“${story.title}” reads small for ${LEVEL_WORDS[plan.level]} level (${slot.competencyName}, ${round.name}).`,
      roundIds: [round.roundId],
      storyId: story.id,
      ...(fits ? { fix, fixLabel } : fallback),
    })
  }
  return out
}

/**
 * Everything in a loop's plan worth fixing before the day, each with its one-click fix: a story
 * planned in two rounds, two rounds leaning on one story, a story already told to this company, a
 * story small for the loop's level, and a competency of a round's focus with no story. Pure.
 */
export function loopWarnings(plan: LoopPlan): LoopWarning[] {
  const perSlot = plan.rounds.flatMap((round) =>
    round.slots.flatMap((slot) => slotWarnings(plan, round, slot)),
  )
  const order = new Map(plan.rounds.map((r, i) => [r.roundId, i]))
  const first = (w: LoopWarning) => order.get(w.roundIds[0] ?? '') ?? 0
  return [...reuseWarnings(plan), ...perSlot].sort((a, b) => first(a) - first(b))
}
