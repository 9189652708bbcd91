/**
 * How often a second careful person, labelling blind, agrees with the gold labels of bench/eval: the
 * figure our ranker and suggestions are compared with. The second annotator saw the stories without
 * their labels and the questions without their answers, and followed the labelling rules in
 * bench/eval/README.md (bench/eval/second-annotator/README.md says how).
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { z } from 'zod'
import { effectiveCompetencies } from '../src/shared/competencies/suggest'
import { StoryFieldsSchema } from '../src/shared/story/schema'
import { countLabels, emptyCounts, figures, type Counts } from './precision-recall'
import { FRESH_DIR, loadEval, measure, rankers, type EvalQuestion } from './search-quality'

const DIR = resolve(import.meta.dirname, 'eval/second-annotator')

const AnswersSchema = z.object({
  answers: z.array(z.object({ id: z.string(), best: z.string(), acceptable: z.array(z.string()) })),
})
const LabelsSchema = z.object({ labels: z.record(z.string(), z.array(z.string()).min(1).max(3)) })
const LabelledStorySchema = StoryFieldsSchema.extend({
  id: z.string(),
  labels: z.object({ competencies: z.array(z.string()) }),
})

/** Precision, recall and F1 only: the counts behind them are in the competencies section. */
function f1(counts: Counts) {
  const { precision, recall, f1: f } = figures(counts)
  return { precision, recall, f1: f }
}

/** The second annotator's best story against the gold answer, next to our ranker on the same questions. */
function bestStoryAgreement(): object | null {
  const file = resolve(DIR, 'questions.json')
  const evalSet = loadEval()
  if (!existsSync(file) || 'skipped' in evalSet) return null
  const answers = new Map(
    AnswersSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).answers.map((a) => [a.id, a]),
  )
  const questions = evalSet.questions.filter((q) => answers.has(q.id))
  const human = (q: EvalQuestion) => {
    const a = answers.get(q.id)
    return a ? [a.best, ...a.acceptable] : []
  }
  const { ours } = rankers(evalSet)
  const both = { human: measure(human, questions), ours: measure(ours, questions) }
  return {
    questions: questions.length,
    splits: [...new Set(questions.map((q) => q.split))],
    // p1: the annotator's best is the gold best; p1Acceptable: it is the gold best or an acceptable one.
    secondAnnotator: { p1: both.human.p1, p1Acceptable: both.human.p1Acceptable },
    oursSameQuestions: { p1: both.ours.p1, p1Acceptable: both.ours.p1Acceptable },
  }
}

/** The second annotator's competencies and our suggestions, each against the gold labels. */
function competencyAgreement(): object | null {
  const file = resolve(DIR, 'competencies.json')
  if (!existsSync(file)) return null
  const labels = LabelsSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).labels
  const vaults = {
    firstVault: resolve(import.meta.dirname, 'eval/stories.json'),
    freshVault: resolve(FRESH_DIR, 'stories.json'),
  }
  return Object.fromEntries(
    Object.entries(vaults).map(([name, path]) => {
      const stories = z
        .object({ stories: z.array(LabelledStorySchema) })
        .parse(JSON.parse(readFileSync(path, 'utf8'))).stories
      const human = emptyCounts()
      const ours = emptyCounts()
      for (const story of stories) {
        const gold = story.labels.competencies
        countLabels(human, labels[story.id] ?? [], gold)
        countLabels(
          ours,
          effectiveCompetencies({ ...story, competencies: [], rejectedCompetencies: [] }),
          gold,
        )
      }
      return [name, { stories: stories.length, secondAnnotator: f1(human), ours: f1(ours) }]
    }),
  )
}

export function run(): Promise<object> {
  return Promise.resolve({
    bestStory: bestStoryAgreement() ?? { skipped: 'no second-annotator answers' },
    competencies: competencyAgreement() ?? { skipped: 'no second-annotator labels' },
  })
}
