import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { StoryFieldsSchema } from '../../src/shared/story/schema'
import { isCompetencyId } from '../../src/shared/story/competency-ids'
import { readWritersFiles } from '../../bench/many-writers'

const evalDir = resolve(import.meta.dirname, '../../bench/eval')
const readJson = (name: string): unknown => JSON.parse(readFileSync(resolve(evalDir, name), 'utf8'))

const CompetencyList = z.array(z.string().refine(isCompetencyId, 'unknown competency id')).min(1).max(3)
const LabelledStory = StoryFieldsSchema.strict().extend({
  id: z.string(),
  labels: z.strictObject({ competencies: CompetencyList, smallForStaff: z.boolean() }),
})
const SMALL_REACH = new Set(['individual', 'team'])

describe.each([
  ['dev-vault', /^d\d{2}$/, 48],
  ['dev-vault-2', /^g\d{2}$/, 40],
])('scope and competency dev vault %s (tuned on)', (dir, idPattern, size) => {
  const file = `${dir}/stories.json`
  const stories = existsSync(resolve(evalDir, file))
    ? z.object({ stories: z.array(LabelledStory) }).parse(readJson(file)).stories
    : []

  it(`has ${size} valid stories with unique ids and every scope fact`, () => {
    expect(stories).toHaveLength(size)
    expect(new Set(stories.map((s) => s.id)).size).toBe(size)
    for (const s of stories) {
      expect(s.id, s.title).toMatch(idPattern)
      for (const fact of [s.people, s.teams, s.durationWeeks, s.reach]) expect(fact, s.title).not.toBeNull()
    }
  })

  it('labels a third to a half of its stories small for staff, in line with their reach', () => {
    const small = stories.filter((s) => s.labels.smallForStaff)
    expect(small.length / size).toBeGreaterThanOrEqual(0.3)
    expect(small.length / size).toBeLessThanOrEqual(0.6)
    for (const s of stories) expect(SMALL_REACH.has(s.reach ?? ''), s.id).toBe(s.labels.smallForStaff)
  })
})

describe('second annotator (labelled blind, for human-style agreement figures)', () => {
  const stories = z
    .object({ stories: z.array(z.looseObject({ id: z.string() })) })
    .parse(readJson('stories.json')).stories
  const freshStories = z
    .object({ stories: z.array(z.looseObject({ id: z.string() })) })
    .parse(readJson('fresh/stories.json')).stories
  const questionIds = [
    ...z
      .object({ questions: z.array(z.looseObject({ id: z.string(), split: z.string() })) })
      .parse(readJson('questions.json')).questions,
    ...z
      .object({ questions: z.array(z.looseObject({ id: z.string(), split: z.string() })) })
      .parse(readJson('questions-dev.json')).questions,
  ]
    .filter((q) => q.split !== 'heldout')
    .map((q) => q.id)
  const storyIds = new Set(stories.map((s) => s.id))

  it('answers every tune and dev question, and no held-out one, with stories that exist', () => {
    const answers = z
      .object({
        answers: z.array(z.object({ id: z.string(), best: z.string(), acceptable: z.array(z.string()) })),
      })
      .parse(readJson('second-annotator/questions.json')).answers
    expect(answers.map((a) => a.id)).toEqual(questionIds)
    for (const a of answers) {
      expect(storyIds.has(a.best), a.id).toBe(true)
      for (const id of a.acceptable) expect(storyIds.has(id), a.id).toBe(true)
    }
  })

  it('labels every story of both vaults with one to three known competencies', () => {
    const labels = z
      .object({ labels: z.record(z.string(), CompetencyList) })
      .parse(readJson('second-annotator/competencies.json')).labels
    expect(Object.keys(labels).sort()).toEqual([...stories, ...freshStories].map((s) => s.id).sort())
  })
})

describe('many writers (18 small vaults by six authors, never tuned on)', () => {
  const files = readWritersFiles()

  it('has six files of three people with seven stories each and eight questions per story', () => {
    expect(files).toHaveLength(6)
    for (const file of files) {
      expect(new Set(file.stories.map((s) => s.persona)).size).toBe(3)
      expect(file.stories).toHaveLength(21)
      for (const story of file.stories) {
        expect(
          file.questions.filter((q) => q.story === story.id),
          story.id,
        ).toHaveLength(8)
      }
    }
  })

  it('uses unique story ids, and asks each person a question only once', () => {
    const ids = files.flatMap((f) => f.stories.map((s) => s.id))
    expect(new Set(ids).size).toBe(ids.length)
    for (const file of files) {
      const persona = new Map(file.stories.map((s) => [s.id, s.persona]))
      const asked = file.questions.map((q) => `${persona.get(q.story)}: ${q.text.toLowerCase()}`)
      expect(new Set(asked).size).toBe(asked.length)
    }
  })
})
