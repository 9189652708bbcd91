import { buildCheatSheet, defaultQuestions, type SheetContent } from '../cheatsheet/build'
import { SheetSpecSchema, type PaperSize, type SheetSpec } from '../cheatsheet/schema'
import type { Story } from '../story/schema'
import type { RoundPlan } from './plan'
import type { Loop } from './schema'

/** The existing cheat sheet, given a round's focus and its planned stories. */
export function roundSheetSpec(loop: Loop, round: RoundPlan, paper: PaperSize = 'a4'): SheetSpec {
  const picks: Record<string, string> = {}
  for (const slot of round.slots) {
    if (slot.story && !slot.story.deleted) picks[slot.competency] = slot.story.id
  }
  return SheetSpecSchema.parse({
    company: `${loop.company} · ${round.name}`.slice(0, 200),
    role: loop.role,
    level: loop.level,
    competencies: round.slots.map((slot) => slot.competency),
    picks,
    layout: 'one-page',
    paper,
    questionsToAsk: defaultQuestions(),
    lens: null,
  })
}

/** The sheet's content, each area labelled with the names the round's focus gave it ("Dive Deep"). */
export function roundSheet(
  loop: Loop,
  round: RoundPlan,
  stories: readonly Story[],
  paper?: PaperSize,
): SheetContent {
  const content = buildCheatSheet(roundSheetSpec(loop, round, paper), stories)
  const slots = new Map(round.slots.map((slot) => [slot.competency, slot]))
  return {
    ...content,
    entries: content.entries.map((entry) => {
      const slot = slots.get(entry.competency)
      // The plan's automatic picks are passed as picks; only the person's own choices say "your pick".
      const reason = entry.reason === 'chosen' && slot?.story?.source !== 'chosen' ? 'best' : entry.reason
      const lensNames = (slot?.names ?? []).filter((name) => name !== entry.competencyName)
      return { ...entry, reason, lensNames }
    }),
  }
}
