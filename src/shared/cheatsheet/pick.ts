import { effectiveCompetencies, scoreCompetencies } from '../competencies/suggest'
import { assessScope } from '../scope/assess'
import { reachRank, type TargetLevel } from '../story/levels'
import type { Story } from '../story/schema'
import { hasMetric } from '../strength/measures'

export interface PickInput {
  stories: readonly Story[]
  level: TargetLevel
  /** Competency ids in the order the sheet shows them. */
  competencies: readonly string[]
  /** competency id → story id the person chose; wins over everything else. */
  picks?: Readonly<Record<string, string>>
}

export type PickReason = 'chosen' | 'best' | 'reused' | 'none'

export interface CompetencyPick {
  competency: string
  story: Story | null
  /** chosen: the person's swap; best: automatic; reused: every candidate was already used elsewhere. */
  reason: PickReason
  /** True when the story's scope is below what the level expects (shown as a warning). */
  smallForLevel: boolean
  /** Every story that demonstrates the competency, best first: what the person can swap to. */
  candidates: Story[]
}

interface Fit {
  story: Story
  /** 1 when the scope fits the level: a fitting story always beats a bigger-sounding small one. */
  fits: number
  reach: number
  metric: number
  /** Checklist items of this competency the story covers. */
  checklist: number
  assigned: number
  year: number
}

function compareFits(a: Fit, b: Fit): number {
  return (
    b.fits - a.fits ||
    b.reach - a.reach ||
    b.metric - a.metric ||
    b.checklist - a.checklist ||
    b.assigned - a.assigned ||
    b.year - a.year ||
    a.story.title.localeCompare(b.story.title)
  )
}

type StoryFacts = ReturnType<typeof computeFacts>

/** Stories in the vault are immutable objects: the live preview re-picks on every keystroke for free. */
const factsCache = new WeakMap<Story, Map<TargetLevel, StoryFacts>>()

function storyFacts(story: Story, level: TargetLevel): StoryFacts {
  let byLevel = factsCache.get(story)
  if (!byLevel) {
    byLevel = new Map()
    factsCache.set(story, byLevel)
  }
  let facts = byLevel.get(level)
  if (!facts) {
    facts = computeFacts(story, level)
    byLevel.set(level, facts)
  }
  return facts
}

/** Everything the ranking needs about one story, computed once however many competencies it serves. */
function computeFacts(story: Story, level: TargetLevel) {
  const scope = assessScope(story, level)
  const checklist = new Map(
    scoreCompetencies(story).map((score) => [score.id, score.evidence.checklistPresent.length]),
  )
  return {
    competencies: new Set(effectiveCompetencies(story)),
    assigned: new Set(story.competencies),
    smallForLevel: scope.smallForLevel,
    fits: scope.smallForLevel ? 0 : 1,
    reach: scope.reach === null ? -1 : reachRank(scope.reach),
    metric: hasMetric(story) ? 1 : 0,
    checklist,
  }
}

/**
 * The best story for every competency: largest suitable scope first, then strength, each story used
 * once where possible. Competencies with the fewest unused candidates are filled first, so a story
 * that is the only fit for one area is not spent on an area with other options.
 */
export function pickStories(input: PickInput): CompetencyPick[] {
  const wanted = [...new Set(input.competencies)]
  const wantedSet = new Set(wanted)
  const picks = input.picks ?? {}
  const candidates = new Map<string, Fit[]>(wanted.map((id) => [id, []]))
  const byId = new Map(input.stories.map((story) => [story.id, story]))

  for (const story of input.stories) {
    const facts = storyFacts(story, input.level)
    for (const id of facts.competencies) {
      if (!wantedSet.has(id)) continue
      candidates.get(id)?.push({
        story,
        fits: facts.fits,
        reach: facts.reach,
        metric: facts.metric,
        checklist: facts.checklist.get(id) ?? 0,
        assigned: facts.assigned.has(id) ? 1 : 0,
        year: story.year ?? 0,
      })
    }
  }
  for (const list of candidates.values()) list.sort(compareFits)

  const chosen = new Map<string, { story: Story | null; reason: PickReason }>()
  const used = new Set<string>()
  for (const id of wanted) {
    const story = picks[id] ? byId.get(picks[id]) : undefined
    if (story) {
      chosen.set(id, { story, reason: 'chosen' })
      used.add(story.id)
    }
  }

  const open = () => wanted.filter((id) => !chosen.has(id))
  const unusedFor = (id: string) => (candidates.get(id) ?? []).filter((fit) => !used.has(fit.story.id))
  for (let remaining = open(); remaining.length > 0; remaining = open()) {
    // Hardest to fill first: fewest unused candidates; ties keep the sheet's order.
    const next = remaining.reduce((hardest, id) =>
      unusedFor(id).length < unusedFor(hardest).length ? id : hardest,
    )
    const fresh = unusedFor(next)[0]
    const fallback = candidates.get(next)?.[0]
    if (fresh) {
      chosen.set(next, { story: fresh.story, reason: 'best' })
      used.add(fresh.story.id)
    } else if (fallback) chosen.set(next, { story: fallback.story, reason: 'reused' })
    else chosen.set(next, { story: null, reason: 'none' })
  }

  return wanted.map((id) => {
    const { story, reason } = chosen.get(id) ?? { story: null, reason: 'none' as const }
    return {
      competency: id,
      story,
      reason,
      smallForLevel: story ? storyFacts(story, input.level).smallForLevel : false,
      candidates: (candidates.get(id) ?? []).map((fit) => fit.story),
    }
  })
}
