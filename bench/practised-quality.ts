/**
 * Search learning from links, measured on every labelled set: each set's questions are split in two
 * halves by a fixed hash (and then the halves swap, so every question is "new" once). The "new" half is
 * ranked; of the other half, 0%, 25%, 50% or 100% are "practised": linked to their gold best story, as
 * a person who chose that story for that question would have. The ranker without links runs on the same
 * new questions in the same run.
 */
import { buildSearchIndex, type SearchableStory } from '../src/shared/search/index'
import { buildLinkIndex, searchWithLinks } from '../src/shared/search/personal'
import { analyzeQuestion } from '../src/shared/search/question'
import { searchStories } from '../src/shared/search/rank'
import { readWritersFiles, type WritersFile } from './many-writers'
import {
  FRESH_DIR,
  loadEval,
  measure,
  type EvalQuestion,
  type EvalSet,
  type QualityFigures,
} from './search-quality'

export const PRACTISED_SHARES = [0, 0.25, 0.5, 1] as const

const guesses = new Map<string, string[]>()
/** What the app stores with an own question when it is linked: the guessed competencies. */
function guessed(text: string): string[] {
  let ids = guesses.get(text)
  if (!ids) guesses.set(text, (ids = analyzeQuestion(text).competencies.map((c) => c.id)))
  return ids
}

/** FNV-1a: a fixed, machine-independent order for splitting questions. */
function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

interface Fold {
  fresh: EvalQuestion[]
  /** The other questions, in the fixed order in which they become practised. */
  others: EvalQuestion[]
}

function folds(questions: readonly EvalQuestion[]): Fold[] {
  const ordered = [...questions].sort((a, b) => hash(a.id + a.text) - hash(b.id + b.text))
  const a = ordered.filter((_, i) => i % 2 === 0)
  const b = ordered.filter((_, i) => i % 2 === 1)
  return [
    { fresh: a, others: b },
    { fresh: b, others: a },
  ]
}

function linkedStories(
  stories: readonly SearchableStory[],
  practised: readonly EvalQuestion[],
): SearchableStory[] {
  const links = new Map<string, string[]>()
  for (const q of practised) {
    const id = q.bestIds[0] as string
    links.set(id, [...(links.get(id) ?? []), q.text])
  }
  return stories.map((s) => ({ ...s, questions: links.get(s.id) ?? [] }))
}

export type ShareFigures = Record<string, { p1: number; mrr: number; hit3: number }>

interface Tally {
  questions: number
  p1: number
  mrr: number
  hit3: number
}

function add(tally: Tally, figures: QualityFigures): void {
  tally.questions += figures.questions
  tally.p1 += figures.p1 * figures.questions
  tally.mrr += figures.mrr * figures.questions
  tally.hit3 += figures.hit3 * figures.questions
}

function finish(tally: Tally) {
  const n = Math.max(1, tally.questions)
  const r = (x: number) => Math.round((x / n) * 1000) / 1000
  return { p1: r(tally.p1), mrr: r(tally.mrr), hit3: r(tally.hit3) }
}

/** P@1, MRR and hit@3 on new questions, without links and at each practised share, over both folds. */
function measureSets(sets: readonly EvalSet[]) {
  const without: Tally = { questions: 0, p1: 0, mrr: 0, hit3: 0 }
  const withLinks = PRACTISED_SHARES.map(() => ({ questions: 0, p1: 0, mrr: 0, hit3: 0 }))
  for (const set of sets) {
    const index = buildSearchIndex(set.stories)
    for (const fold of folds(set.questions)) {
      add(
        without,
        measure(
          (q) =>
            searchStories(index, q.text, { level: q.level ?? set.level, limit: 10 }).results.map((r) => r.id),
          fold.fresh,
        ),
      )
      PRACTISED_SHARES.forEach((share, i) => {
        const practised = fold.others.slice(0, Math.round(share * fold.others.length))
        const links = buildLinkIndex({
          stories: linkedStories(set.stories, practised),
          competenciesOf: guessed,
        })
        add(
          withLinks[i] as Tally,
          measure(
            (q) =>
              searchWithLinks(index, links, q.text, { level: q.level ?? set.level, limit: 10 }).results.map(
                (r) => r.id,
              ),
            fold.fresh,
          ),
        )
      })
    }
  }
  const base = finish(without)
  const shares = Object.fromEntries(
    PRACTISED_SHARES.map((share, i) => {
      const f = finish(withLinks[i] as Tally)
      return [`${share * 100}%`, { ...f, p1Gain: Math.round((f.p1 - base.p1) * 1000) / 1000 }]
    }),
  )
  return { newQuestions: without.questions / 2, withoutLinks: base, withLinks: shares }
}

function writersVaults(file: WritersFile): EvalSet[] {
  const personas = [...new Set(file.stories.map((s) => s.persona))]
  return personas.map((persona) => {
    const stories = file.stories.filter((s) => s.persona === persona)
    const ids = new Set(stories.map((s) => s.id))
    const questions: EvalQuestion[] = file.questions
      .filter((q) => ids.has(q.story))
      .map((q, i) => ({
        id: `${q.story}-${i}`,
        text: q.text,
        best: q.story,
        bestIds: [q.story],
        acceptable: [],
        competencies: [],
        split: 'fresh' as const,
      }))
    return { stories, questions, level: 'staff' as const }
  })
}

export function practisedQuality(): Record<string, unknown> {
  const report: Record<string, unknown> = {}
  const main = loadEval()
  if (!('skipped' in main)) report.evalVault = measureSets([main])
  const fresh = loadEval(FRESH_DIR)
  if (!('skipped' in fresh)) report.freshVault = measureSets([fresh])
  const writers = readWritersFiles().flatMap(writersVaults)
  if (writers.length) report.manyWriters = measureSets(writers)
  return report
}
