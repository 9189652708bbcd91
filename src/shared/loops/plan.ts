import type { OwnQuestion } from '../practice/schema'
import { assessScope } from '../scope/assess'
import { buildSearchIndex, type SearchIndex } from '../search/index'
import { searchStories } from '../search/rank'
import { scopeOf } from '../search/scope-fit'
import type { TargetLevel } from '../story/levels'
import type { Story } from '../story/schema'
import { focusAreas, type FocusArea } from './focus'
import { toldToCompany, type ToldBefore } from './history'
import { likelyQuestions, questionKey, type LikelyQuestion } from './questions'
import type { Loop, Round } from './schema'

/** What planning reads besides the loop itself. */
export interface PlanContext {
  stories: readonly Story[]
  /** Every loop in the vault (for what was already told to this company). */
  loops: readonly Loop[]
  ownQuestions: readonly OwnQuestion[]
  /** Titles of deleted stories still in "Recently deleted", by id. */
  deletedTitles?: ReadonlyMap<string, string>
  /** A search index of `stories`, when the caller already has one. */
  index?: SearchIndex
}

export type StorySource = 'chosen' | 'linked' | 'suggested'

/** A story that could be told for a competency of a round, with why. */
export interface Candidate {
  id: string
  title: string
  source: Exclude<StorySource, 'chosen'>
  reasons: string[]
  smallForLevel: boolean
}

export interface PlannedStory {
  id: string
  title: string
  source: StorySource
  reasons: string[]
  smallForLevel: boolean
  /** The story is no longer in the vault (the loop still reads: "story deleted: <title>"). */
  deleted: boolean
}

export interface PlanSlot extends FocusArea {
  questions: LikelyQuestion[]
  story: PlannedStory | null
  /** Stories to swap to, best first (the planned one included). */
  candidates: Candidate[]
}

export interface RoundPlan {
  roundId: string
  /** 1-based position in the loop, as the CLI's --round takes it. */
  number: number
  name: string
  at: string | null
  slots: PlanSlot[]
}

export interface LoopPlan {
  loopId: string
  company: string
  level: TargetLevel
  rounds: RoundPlan[]
  /** Stories already told to this company in other loops, by story id. */
  toldBefore: Map<string, ToldBefore>
}

const SEARCH_LIMIT = 6

interface Planner {
  level: TargetLevel
  byId: Map<string, Story>
  index: SearchIndex
  /** Each story's position in the index, for the index's own cache of scope assessments. */
  docOf: Map<string, number>
  searches: Map<string, Candidate[]>
}

/**
 * Search's candidates per index and level/competency/question. An index is never changed once built,
 * so planning again with it (the app re-plans on every pick) reuses them instead of searching again.
 */
const searchCaches = new WeakMap<SearchIndex, Map<string, Candidate[]>>()

function searchCache(index: SearchIndex): Map<string, Candidate[]> {
  let cache = searchCaches.get(index)
  if (!cache) searchCaches.set(index, (cache = new Map()))
  return cache
}

/** Through the index's cache of scope assessments, which search fills too: each story is read once. */
function smallFor(planner: Planner, story: Story): boolean {
  const doc = planner.docOf.get(story.id)
  const scope =
    doc === undefined ? assessScope(story, planner.level) : scopeOf(planner.index, doc, planner.level)
  return scope.smallForLevel
}

/** Stories the person linked to one of these questions ("Questions this story answers"). */
function linkedStories(planner: Planner, questions: readonly LikelyQuestion[]): Candidate[] {
  const keys = new Map(questions.map((q) => [questionKey(q.text), q.text]))
  const out: Candidate[] = []
  for (const story of planner.byId.values()) {
    const linked = story.questions.find((text) => keys.has(questionKey(text)))
    if (linked === undefined) continue
    out.push({
      id: story.id,
      title: story.title,
      source: 'linked',
      reasons: [`You linked it to “${linked}”`],
      smallForLevel: smallFor(planner, story),
    })
  }
  return out
}

/** Search's suggestions for the area's first likely question, kept only when they show the competency. */
function searched(planner: Planner, area: FocusArea, questions: readonly LikelyQuestion[]): Candidate[] {
  const query = questions[0]?.text ?? area.competencyName
  const key = `${planner.level}\n${area.competency}\n${query}`
  let found = planner.searches.get(key)
  if (!found) {
    const response = searchStories(planner.index, query, {
      level: planner.level,
      limit: SEARCH_LIMIT,
      competencies: [area.competency],
    })
    found = response.results
      .filter((result) => result.competencies.includes(area.competency))
      .map((result) => ({
        id: result.id,
        title: result.title,
        source: 'suggested' as const,
        reasons: result.reasons,
        smallForLevel: result.smallForLevel,
      }))
    planner.searches.set(key, found)
  }
  return found
}

function candidatesFor(planner: Planner, area: FocusArea, questions: readonly LikelyQuestion[]): Candidate[] {
  const out = linkedStories(planner, questions)
  for (const candidate of searched(planner, area, questions)) {
    if (!out.some((c) => c.id === candidate.id)) out.push(candidate)
  }
  return out
}

/**
 * The best candidate that is not spent: unused in this loop, not told to this company before and the
 * right size; failing that, the best unused and untold; then the best unused; then the best.
 */
export function bestCandidate(
  candidates: readonly Candidate[],
  used: ReadonlySet<string>,
  told: ReadonlyMap<string, unknown>,
): Candidate | undefined {
  const unused = candidates.filter((c) => !used.has(c.id))
  return (
    unused.find((c) => !told.has(c.id) && !c.smallForLevel) ??
    unused.find((c) => !told.has(c.id)) ??
    unused[0] ??
    candidates[0]
  )
}

function chosenStory(
  planner: Planner,
  round: Round,
  area: FocusArea,
  context: PlanContext,
): PlannedStory | null {
  const pick = round.picks.find((p) => p.competency === area.competency)
  if (!pick) return null
  const story = planner.byId.get(pick.storyId)
  if (!story) {
    const title = context.deletedTitles?.get(pick.storyId) ?? pick.title
    return { id: pick.storyId, title, source: 'chosen', reasons: [], smallForLevel: false, deleted: true }
  }
  return {
    id: story.id,
    title: story.title,
    source: 'chosen',
    reasons: ['You chose it for this round'],
    smallForLevel: smallFor(planner, story),
    deleted: false,
  }
}

/**
 * For every round of a loop, the questions likely for its focus and the story planned for each: the
 * person's choice, else a story they linked to one of those questions, else search's best suggestion.
 * Automatic picks avoid stories used elsewhere in the loop or already told to this company. Pure.
 */
export function planLoop(loop: Loop, context: PlanContext): LoopPlan {
  const index = context.index ?? buildSearchIndex(context.stories)
  const planner: Planner = {
    level: loop.level,
    byId: new Map(context.stories.map((story) => [story.id, story])),
    index,
    docOf: new Map(index.docs.map((doc, i) => [doc.story.id, i])),
    searches: searchCache(index),
  }
  const toldBefore = toldToCompany(loop, context.loops)
  const rounds: RoundPlan[] = loop.rounds.map((round, i) => ({
    roundId: round.id,
    number: i + 1,
    name: round.name,
    at: round.at,
    slots: focusAreas(loop.lens, round).map((area) => {
      const questions = likelyQuestions(area.competency, context.ownQuestions)
      return {
        ...area,
        questions,
        story: chosenStory(planner, round, area, context),
        candidates: candidatesFor(planner, area, questions),
      }
    }),
  }))
  // The person's choices are spent first; automatic picks fill the rest, round by round.
  const used = new Set(rounds.flatMap((r) => r.slots.flatMap((s) => (s.story ? [s.story.id] : []))))
  for (const slot of rounds.flatMap((r) => r.slots)) {
    if (slot.story) continue
    const best = bestCandidate(slot.candidates, used, toldBefore)
    if (!best) continue
    used.add(best.id)
    slot.story = { ...best, deleted: false }
  }
  return { loopId: loop.id, company: loop.company, level: loop.level, rounds, toldBefore }
}
