/** Ranking quality on bench/eval and question → competency accuracy on the question bank. */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import Fuse from 'fuse.js'
import MiniSearch from 'minisearch'
import { z } from 'zod'
import { questionBank } from '../src/shared/content/question-bank'
import { createCompetencyModel, questionWords } from '../src/shared/search/competency-model'
import { analyzeText } from '../src/shared/search/analyze'
import { buildSearchIndex, fieldText, SEARCH_FIELDS, type SearchableStory } from '../src/shared/search/index'
import { analyzeQuestion, competencyCues, competencyDescriptions } from '../src/shared/search/question'
import { searchStories } from '../src/shared/search/rank'
import { getLexicon } from '../src/shared/search/vocabulary'
import { StoryFieldsSchema } from '../src/shared/story/schema'
import { TARGET_LEVELS, type TargetLevel } from '../src/shared/story/levels'

export const EVAL_DIR = resolve(import.meta.dirname, 'eval')

const EvalQuestionSchema = z.object({
  id: z.string(),
  text: z.string(),
  best: z.union([z.string(), z.array(z.string())]),
  acceptable: z.array(z.string()).default([]),
  competencies: z.array(z.string()).default([]),
  split: z.enum(['tune', 'dev', 'heldout', 'fresh']),
  level: z.enum(TARGET_LEVELS).optional(),
})
export type EvalQuestion = z.infer<typeof EvalQuestionSchema> & { bestIds: string[] }

export interface EvalSet {
  stories: SearchableStory[]
  questions: EvalQuestion[]
  level: TargetLevel
}

function listFrom(json: unknown, key: string): unknown[] {
  if (Array.isArray(json)) return json
  const inner = (json as Record<string, unknown> | null)?.[key]
  return Array.isArray(inner) ? inner : []
}

/** The second, fresh vault (another person's stories and questions), never tuned on. */
export const FRESH_DIR = resolve(EVAL_DIR, 'fresh')

export function loadEval(dir = EVAL_DIR): EvalSet | { skipped: string } {
  const storiesFile = resolve(dir, 'stories.json')
  const questionsFile = resolve(dir, 'questions.json')
  if (!existsSync(storiesFile) || !existsSync(questionsFile)) return { skipped: `${dir} is not there yet` }
  const storiesJson: unknown = JSON.parse(readFileSync(storiesFile, 'utf8'))
  const stories = listFrom(storiesJson, 'stories').map((raw) => {
    const record = raw as Record<string, unknown>
    return { ...StoryFieldsSchema.parse(record), id: String(record.id) }
  })
  const settingsLevel = z
    .enum(TARGET_LEVELS)
    .safeParse((storiesJson as { settings?: { targetLevel?: unknown } }).settings?.targetLevel)
  const devFile = resolve(dir, 'questions-dev.json')
  const rawQuestions = [
    ...listFrom(JSON.parse(readFileSync(questionsFile, 'utf8')), 'questions'),
    ...(existsSync(devFile) ? listFrom(JSON.parse(readFileSync(devFile, 'utf8')), 'questions') : []),
  ]
  const questions = rawQuestions.map((raw) => {
    const q = EvalQuestionSchema.parse(raw)
    return { ...q, bestIds: Array.isArray(q.best) ? q.best : [q.best] }
  })
  return { stories, questions, level: settingsLevel.success ? settingsLevel.data : 'staff' }
}

type Ranker = (question: EvalQuestion) => string[]

export interface QualityFigures {
  questions: number
  p1: number
  hit3: number
  mrr: number
  /** First result is the best story or an acceptable one. */
  p1Acceptable: number
}

export function measure(rank: Ranker, questions: readonly EvalQuestion[]): QualityFigures {
  let p1 = 0
  let hit3 = 0
  let mrr = 0
  let p1Acceptable = 0
  for (const q of questions) {
    const ids = rank(q)
    const position = ids.findIndex((id) => q.bestIds.includes(id))
    if (position === 0) p1++
    if (position >= 0 && position < 3) hit3++
    if (position >= 0) mrr += 1 / (position + 1)
    if (ids[0] && (q.bestIds.includes(ids[0]) || q.acceptable.includes(ids[0]))) p1Acceptable++
  }
  const n = Math.max(1, questions.length)
  const round = (x: number) => Math.round((x / n) * 1000) / 1000
  return {
    questions: questions.length,
    p1: round(p1),
    hit3: round(hit3),
    mrr: round(mrr),
    p1Acceptable: round(p1Acceptable),
  }
}

export interface HubFigures {
  questions: number
  /** Most first places held by one story. */
  maxFirstPlaces: number
  /** Share of first places held by the three stories that hold most. */
  topShare: number
  /** The stories that come first most often, with how often. */
  top: Array<{ id: string; firstPlaces: number }>
}

/** How concentrated first places are: a story that matches everything wins questions of every kind. */
export function hubs(rank: Ranker, questions: readonly EvalQuestion[]): HubFigures {
  const counts = new Map<string, number>()
  for (const q of questions) {
    const first = rank(q)[0]
    if (first) counts.set(first, (counts.get(first) ?? 0) + 1)
  }
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  const top3 = sorted.slice(0, 3).reduce((sum, [, n]) => sum + n, 0)
  return {
    questions: questions.length,
    maxFirstPlaces: sorted[0]?.[1] ?? 0,
    topShare: Math.round((top3 / Math.max(1, questions.length)) * 1000) / 1000,
    top: sorted.slice(0, 3).map(([id, firstPlaces]) => ({ id, firstPlaces })),
  }
}

const flatten = (story: SearchableStory, field: string): string =>
  fieldText(story, field as (typeof SEARCH_FIELDS)[number])

type RankerName = 'ours' | 'oursWithLabelledCompetencies' | 'fuseDefault' | 'minisearchBm25'

export function rankers(evalSet: EvalSet): Record<RankerName, Ranker> {
  const index = buildSearchIndex(evalSet.stories)
  const fuse = new Fuse(
    evalSet.stories.map((s) =>
      Object.fromEntries([['id', s.id], ...SEARCH_FIELDS.map((f) => [f, flatten(s, f)])]),
    ),
    { keys: SEARCH_FIELDS },
  )
  const mini = new MiniSearch<SearchableStory>({
    fields: SEARCH_FIELDS,
    extractField: (doc, field) => (field === 'id' ? doc.id : flatten(doc, field)),
  })
  mini.addAll(evalSet.stories)
  return {
    ours: (q) =>
      searchStories(index, q.text, { level: q.level ?? evalSet.level, limit: 10 }).results.map((r) => r.id),
    // What the palette's competency chooser can reach: the person picks the labelled competencies.
    oursWithLabelledCompetencies: (q) =>
      searchStories(index, q.text, {
        level: q.level ?? evalSet.level,
        limit: 10,
        competencies: q.competencies,
      }).results.map((r) => r.id),
    fuseDefault: (q) =>
      fuse
        .search(q.text)
        .slice(0, 10)
        .map((r) => String(r.item.id)),
    minisearchBm25: (q) =>
      mini
        .search(q.text)
        .slice(0, 10)
        .map((r) => String(r.id)),
  }
}

export function evalQuality(): Record<string, unknown> {
  const evalSet = loadEval()
  if ('skipped' in evalSet) return evalSet
  const ranked = rankers(evalSet)
  const report: Record<string, unknown> = {
    stories: evalSet.stories.length,
    level: evalSet.level,
    targets: { p1: '≥ 0.75 held-out', mrr: '≥ 0.85 held-out' },
  }
  for (const split of ['tune', 'dev', 'heldout'] as const) {
    const questions = evalSet.questions.filter((q) => q.split === split)
    report[split] = Object.fromEntries(
      Object.entries(ranked).map(([name, rank]) => [name, measure(rank, questions)]),
    )
  }
  report.questionCompetencies = Object.fromEntries(
    (['tune', 'dev', 'heldout'] as const).map((split) => [
      split,
      topGuessInLabels(evalSet.questions.filter((q) => q.split === split)),
    ]),
  )
  const fresh = loadEval(FRESH_DIR)
  if (!('skipped' in fresh)) {
    const freshRanked = rankers(fresh)
    report.freshVault = {
      stories: fresh.stories.length,
      ...Object.fromEntries(
        Object.entries(freshRanked).map(([name, rank]) => [name, measure(rank, fresh.questions)]),
      ),
    }
  }
  return report
}

/** How often the top guessed competency of a question is among its labelled ones. */
function topGuessInLabels(questions: readonly EvalQuestion[]): number {
  const hits = questions.filter((q) => {
    const top = analyzeQuestion(q.text).competencies[0]?.id
    return top !== undefined && q.competencies.includes(top)
  }).length
  return Math.round((hits / Math.max(1, questions.length)) * 1000) / 1000
}

/** Question → competency accuracy by k-fold cross-validation on content/question-bank.json. */
export function competencyCrossValidation(folds = 5): Record<string, unknown> {
  const lexicon = getLexicon()
  const cues = competencyCues(lexicon)
  const score = (withExamples: boolean) => {
    let top1InLabels = 0
    let top1Primary = 0
    let primaryInTop3 = 0
    for (let fold = 0; fold < folds; fold++) {
      const train = questionBank.filter((_, i) => i % folds !== fold)
      const test = questionBank.filter((_, i) => i % folds === fold)
      const examples = withExamples ? [...train, ...competencyDescriptions()] : []
      const model = createCompetencyModel({ cues, examples }, lexicon)
      for (const q of test) {
        const inferred = model
          .infer(analyzeText(q.text, lexicon, { mode: 'question' }), questionWords(q.text))
          .map((c) => c.id)
        if (inferred[0] && q.competencies.includes(inferred[0])) top1InLabels++
        if (inferred[0] === q.competencies[0]) top1Primary++
        if (inferred.slice(0, 3).includes(q.competencies[0] as string)) primaryInTop3++
      }
    }
    const n = questionBank.length
    const round = (x: number) => Math.round((x / n) * 1000) / 1000
    return {
      top1InLabels: round(top1InLabels),
      top1Primary: round(top1Primary),
      primaryInTop3: round(primaryInTop3),
    }
  }
  return { questions: questionBank.length, folds, cuesAndBayes: score(true), cuesOnly: score(false) }
}
