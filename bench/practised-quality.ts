/**
 * Search learning from links, measured on every labelled set: each set's questions are split in two
 * halves by a fixed hash (and then the halves swap, so every question is "new" once). The "new" half is
 * ranked; of the other half, 0%, 25%, 50% or 100% are "practised": linked to their gold best story, as
 * a person who chose that story for that question would have. The ranker without links runs on the same
 * new questions in the same run.
 */
import { buildSearchIndex, type SearchableStory, type SearchIndex } from '../src/shared/search/index'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { buildLinkIndex, nearestLinks, searchWithLinks, type LinkIndex } from '../src/shared/search/personal'
import { analyzeQuestion } from '../src/shared/search/question'
import { searchStories } from '../src/shared/search/rank'
import { readWritersFiles, vaultsOf } from './many-writers'
import {
  EVAL_DIR,
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

function linkIndexFor(set: EvalSet, practised: readonly EvalQuestion[]): LinkIndex {
  return buildLinkIndex({ stories: linkedStories(set.stories, practised), competenciesOf: guessed })
}

/**
 * New questions the ranker gets wrong whose best story is the story of their most similar linked
 * question: the most that any boost from the nearest linked question could add to P@1.
 */
function nearestLinkFixes(
  index: SearchIndex,
  links: LinkIndex,
  set: EvalSet,
  fresh: readonly EvalQuestion[],
): number {
  let fixes = 0
  for (const q of fresh) {
    const response = searchStories(index, q.text, { level: q.level ?? set.level, limit: 1 })
    if (q.bestIds.includes(response.results[0]?.id ?? '')) continue
    let nearest: { storyId: string; similarity: number } | undefined
    for (const match of nearestLinks(links, response.analysis.terms, response.competencies).values())
      if (!nearest || match.similarity > nearest.similarity) nearest = match
    if (nearest && q.bestIds.includes(nearest.storyId)) fixes++
  }
  return fixes
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
  let ceiling = 0
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
        const links = linkIndexFor(set, practised)
        if (share === 0.5) ceiling += nearestLinkFixes(index, links, set, fold.fresh)
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
  return {
    newQuestions: without.questions / 2,
    withoutLinks: base,
    withLinks: shares,
    // Both folds rank every question once, so `without.questions` counts each new question once.
    nearestLinkCeilingAt50: Math.round((ceiling / Math.max(1, without.questions)) * 1000) / 1000,
  }
}

interface Rewording {
  of: string
  text: string
}

/**
 * The plainest case: a question the person linked (with half of its fold's other questions practised
 * too), asked again in other words. Counts the rewordings whose linked story comes first.
 */
function rewordingsFound(set: EvalSet) {
  const file = resolve(EVAL_DIR, 'rewordings.json')
  const { rewordings } = JSON.parse(readFileSync(file, 'utf8')) as { rewordings: Rewording[] }
  const index = buildSearchIndex(set.stories)
  const byId = new Map(set.questions.map((q) => [q.id, q]))
  const first = (ids: string[], q: EvalQuestion) => q.bestIds.includes(ids[0] ?? '')
  let withoutLinks = 0
  let withLinks = 0
  for (const r of rewordings) {
    const original = byId.get(r.of)
    if (!original) throw new Error(`rewordings.json: no question ${r.of}`)
    const fold = folds(set.questions).find((f) => f.fresh.includes(original)) as Fold
    const practised = [original, ...fold.others.slice(0, Math.round(fold.others.length / 2))]
    const options = { level: original.level ?? set.level, limit: 1 }
    if (
      first(
        searchStories(index, r.text, options).results.map((x) => x.id),
        original,
      )
    )
      withoutLinks++
    const links = linkIndexFor(set, practised)
    if (
      first(
        searchWithLinks(index, links, r.text, options).results.map((x) => x.id),
        original,
      )
    )
      withLinks++
  }
  return { rewordings: rewordings.length, firstWithoutLinks: withoutLinks, firstWithLinks: withLinks }
}

export type SetFigures = ReturnType<typeof measureSets>

export function practisedQuality() {
  const sets: Record<string, SetFigures> = {}
  let rewordings: ReturnType<typeof rewordingsFound> | undefined
  const main = loadEval()
  if (!('skipped' in main)) {
    sets.evalVault = measureSets([main])
    rewordings = rewordingsFound(main)
  }
  const fresh = loadEval(FRESH_DIR)
  if (!('skipped' in fresh)) sets.freshVault = measureSets([fresh])
  const writers = readWritersFiles().flatMap(vaultsOf)
  if (writers.length) sets.manyWriters = measureSets(writers)
  return { sets, rewordings }
}
