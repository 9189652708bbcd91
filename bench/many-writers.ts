/**
 * Ranking on bench/eval/many-writers: 18 small vaults (seven stories each) by six authors writing as
 * eighteen different people, with eight questions per story. The task is easier than the main vault
 * (seven candidates, not fifty), but the wording comes from many hands nobody here tuned on, so it shows
 * whether the lead over the baselines holds beyond one person's vault.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { z } from 'zod'
import { StoryFieldsSchema } from '../src/shared/story/schema'
import { measure, rankers, type EvalQuestion, type EvalSet, type QualityFigures } from './search-quality'

const DIR = resolve(import.meta.dirname, 'eval/many-writers')

const WritersFileSchema = z.object({
  stories: z.array(StoryFieldsSchema.extend({ id: z.string(), persona: z.string() })),
  questions: z.array(z.object({ text: z.string().min(3), story: z.string() })),
})
export type WritersFile = z.infer<typeof WritersFileSchema>

export function readWritersFiles(dir = DIR): WritersFile[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => WritersFileSchema.parse(JSON.parse(readFileSync(resolve(dir, name), 'utf8'))))
}

/** Each person's stories as one vault, with the questions written for them. */
export function vaultsOf(file: WritersFile): EvalSet[] {
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

/** Averages of per-vault figures, weighted by each vault's number of questions. */
function pooled(parts: QualityFigures[]): QualityFigures {
  const questions = parts.reduce((sum, p) => sum + p.questions, 0)
  const mean = (key: Exclude<keyof QualityFigures, 'questions'>) =>
    Math.round((parts.reduce((sum, p) => sum + p[key] * p.questions, 0) / Math.max(1, questions)) * 1000) /
    1000
  return {
    questions,
    p1: mean('p1'),
    hit3: mean('hit3'),
    mrr: mean('mrr'),
    p1Acceptable: mean('p1Acceptable'),
  }
}

/** Every writer's vault with its questions. */
export function manyWriterVaults(): ReturnType<typeof vaultsOf> {
  return readWritersFiles().flatMap(vaultsOf)
}

export function manyWriters(): Record<string, unknown> {
  const vaults = manyWriterVaults()
  if (vaults.length === 0) return { skipped: 'bench/eval/many-writers is missing' }
  const byRanker = new Map<string, QualityFigures[]>()
  for (const vault of vaults) {
    const { ours, fuseDefault, minisearchBm25 } = rankers(vault)
    for (const [name, rank] of Object.entries({ ours, fuseDefault, minisearchBm25 })) {
      byRanker.set(name, [...(byRanker.get(name) ?? []), measure(rank, vault.questions)])
    }
  }
  return {
    vaults: vaults.length,
    stories: vaults.reduce((sum, v) => sum + v.stories.length, 0),
    ...Object.fromEntries([...byRanker].map(([name, parts]) => [name, pooled(parts)])),
  }
}
