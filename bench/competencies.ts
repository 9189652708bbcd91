/**
 * Competency suggestion and small-scope flags on bench/eval/stories.json (stories written by someone
 * outside the team). Suggestions are computed from text alone: assigned competencies are removed first.
 * From 2026-11-26 competency suggestion is tuned on the odd story ids (e01, e03, …) and the even ids are
 * held out, so it is reported for all 50 and for each half; per-story misses are listed for the tune half
 * only. The scope flag is measured at staff level once with the story's scope facts and once with them
 * nulled.
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { z } from 'zod'
import { effectiveCompetencies } from '../src/shared/competencies/suggest'
import { assessScope } from '../src/shared/scope/assess'
import { StoryFieldsSchema, type StoryFields } from '../src/shared/story/schema'
import { countLabels, emptyCounts, figures, round, type Counts } from './precision-recall'

const EvalStorySchema = StoryFieldsSchema.extend({
  id: z.string(),
  labels: z.object({ competencies: z.array(z.string()), smallForStaff: z.boolean() }),
})
const EvalFileSchema = z.object({ stories: z.array(EvalStorySchema) })

const DEV_VAULTS = ['dev-vault', 'dev-vault-2']

const TARGETS = { competencyF1: 0.8, scopeWithFacts: 0.9, scopeFromText: 0.75 }

/** Odd ids (e01, e03, …) are the competency tune half; even ids are held out. */
export function isTuneStory(id: string): boolean {
  return Number(id.replace(/\D/g, '')) % 2 === 1
}

function withoutFacts(story: StoryFields): StoryFields {
  return { ...story, people: null, teams: null, durationWeeks: null, reach: null }
}

interface Tally {
  competency: { all: Counts; tune: Counts; heldout: Counts }
  scopeFacts: Counts
  scopeText: Counts
  misses: Array<{ id: string; expected: string[]; suggested: string[] }>
}

type EvalStory = z.infer<typeof EvalStorySchema>

function tally(stories: readonly EvalStory[]): Tally {
  const t: Tally = {
    competency: { all: emptyCounts(), tune: emptyCounts(), heldout: emptyCounts() },
    scopeFacts: emptyCounts(),
    scopeText: emptyCounts(),
    misses: [],
  }
  for (const story of stories) {
    const gold = story.labels.competencies
    const suggested = effectiveCompetencies({ ...story, competencies: [], rejectedCompetencies: [] })
    const half = isTuneStory(story.id) ? t.competency.tune : t.competency.heldout
    for (const counts of [t.competency.all, half]) countLabels(counts, suggested, gold)
    const missed = suggested.some((id) => !gold.includes(id)) || gold.some((id) => !suggested.includes(id))
    // Held-out stories' misses are never listed: reading them would make them tuning data.
    if (missed && isTuneStory(story.id)) t.misses.push({ id: story.id, expected: gold, suggested })

    const small = story.labels.smallForStaff
    for (const [counts, input] of [
      [t.scopeFacts, story],
      [t.scopeText, withoutFacts(story)],
    ] as const) {
      const flagged = assessScope(input, 'staff').smallForLevel
      if (flagged && small) counts.tp++
      else if (flagged) counts.fp++
      else if (small) counts.fn++
    }
  }
  return t
}

function readStories(file: string): EvalStory[] | null {
  return existsSync(file) ? EvalFileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).stories : null
}

export async function run(): Promise<object> {
  const stories = readStories(resolve(import.meta.dirname, 'eval/stories.json'))
  if (!stories) return { skipped: 'bench/eval/stories.json is missing' }
  const started = performance.now()
  const { competency, scopeFacts, scopeText, misses } = tally(stories)
  const msPerStory = round((performance.now() - started) / Math.max(1, stories.length))
  // Another person's vault, written after all tuning and never looked at story by story.
  const fresh = readStories(resolve(import.meta.dirname, 'eval/fresh/stories.json'))
  const freshTally = fresh && tally(fresh)
  // Vaults written for tuning the scope check on people's many ways of saying reach: tuned on, so
  // reported apart from the figures above.
  const devVaults = Object.fromEntries(
    DEV_VAULTS.map((dir) => [dir, readStories(resolve(import.meta.dirname, `eval/${dir}/stories.json`))])
      .filter((entry): entry is [string, EvalStory[]] => entry[1] !== null)
      .map(([dir, list]) => {
        const t = tally(list)
        return [
          dir,
          {
            stories: list.length,
            competencySuggestion: figures(t.competency.all),
            smallScopeStaffFromText: figures(t.scopeText),
          },
        ]
      }),
  )

  const suggestion = figures(competency.all)
  const facts = figures(scopeFacts)
  const text = figures(scopeText)
  return {
    stories: stories.length,
    msPerStory,
    competencySuggestion: {
      ...suggestion,
      target: `F1 ≥ ${TARGETS.competencyF1}`,
      met: suggestion.f1 >= TARGETS.competencyF1,
      tuneOddIds: figures(competency.tune),
      heldoutEvenIds: figures(competency.heldout),
    },
    smallScopeStaffWithFacts: {
      ...facts,
      target: `precision and recall ≥ ${TARGETS.scopeWithFacts}`,
      met: facts.precision >= TARGETS.scopeWithFacts && facts.recall >= TARGETS.scopeWithFacts,
    },
    smallScopeStaffFromText: {
      ...text,
      target: `precision and recall ≥ ${TARGETS.scopeFromText}`,
      met: text.precision >= TARGETS.scopeFromText && text.recall >= TARGETS.scopeFromText,
    },
    freshVault: freshTally && {
      stories: fresh.length,
      competencySuggestion: figures(freshTally.competency.all),
      smallScopeStaffWithFacts: figures(freshTally.scopeFacts),
      smallScopeStaffFromText: figures(freshTally.scopeText),
    },
    devVaultsTunedOn: devVaults,
    competencyMissesTuneHalf: misses.slice(0, 15),
  }
}
