import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { StoryFieldsSchema } from '../../src/shared/story/schema'
import { COMPETENCY_IDS, isCompetencyId } from '../../src/shared/story/competency-ids'

const evalDir = resolve(import.meta.dirname, '../../bench/eval')

const CompetencyList = z.array(z.string().refine(isCompetencyId, 'unknown competency id'))

const EvalStorySchema = z.looseObject({
  id: z.string().regex(/^e\d{2}$/),
  labels: z.strictObject({
    competencies: CompetencyList.min(1).max(3),
    smallForStaff: z.boolean(),
  }),
})

const EvalQuestionSchema = z.strictObject({
  id: z.string().regex(/^v\d{3}$/),
  text: z.string().trim().min(3),
  best: z.string(),
  acceptable: z.array(z.string()),
  competencies: CompetencyList.min(1),
  split: z.enum(['tune', 'heldout']),
})

const DevQuestionSchema = EvalQuestionSchema.extend({
  id: z.string().regex(/^d\d{3}$/),
  split: z.literal('dev'),
})

function readJson(name: string): unknown {
  return JSON.parse(readFileSync(resolve(evalDir, name), 'utf8'))
}

const rawStories = z.object({ stories: z.array(z.unknown()) }).parse(readJson('stories.json')).stories
const stories = rawStories.map((raw) => EvalStorySchema.parse(raw))
const questions = z
  .object({ questions: z.array(EvalQuestionSchema) })
  .parse(readJson('questions.json')).questions
const devQuestions = z
  .object({ questions: z.array(DevQuestionSchema) })
  .parse(readJson('questions-dev.json')).questions
const storyIds = new Set(stories.map((s) => s.id))

function fieldsOf(raw: unknown) {
  const { id: _id, labels: _labels, ...fields } = z.looseObject({}).parse(raw)
  return StoryFieldsSchema.strict().parse(fields)
}

/** Every question points at stories of its own vault, and every story is the best answer `minBest` times. */
function expectReferencesHold(
  list: ReadonlyArray<{ id: string; best: string; acceptable: string[] }>,
  ids: ReadonlySet<string>,
  minBest: number,
): void {
  for (const q of list) {
    expect(ids.has(q.best), q.id).toBe(true)
    for (const other of q.acceptable) expect(ids.has(other), `${q.id} -> ${other}`).toBe(true)
    expect(q.acceptable, q.id).not.toContain(q.best)
  }
  for (const id of ids) expect(list.filter((q) => q.best === id).length, id).toBeGreaterThanOrEqual(minBest)
}

function share(part: number, whole: number): number {
  return part / whole
}

describe('eval stories', () => {
  it('has at least 48 stories with unique ids', () => {
    expect(stories.length).toBeGreaterThanOrEqual(48)
    expect(storyIds.size).toBe(stories.length)
  })

  it('every story, without id and labels, is a valid StoryFields object with scope facts', () => {
    for (const raw of rawStories) {
      const fields = fieldsOf(raw)
      expect(fields.people, fields.title).not.toBeNull()
      expect(fields.teams, fields.title).not.toBeNull()
      expect(fields.durationWeeks, fields.title).not.toBeNull()
      expect(fields.reach, fields.title).not.toBeNull()
      expect(fields.situation.length + fields.action.length, fields.title).toBeGreaterThan(80)
    }
  })

  it('leaves the competencies field empty on roughly a third of stories', () => {
    const empty = rawStories.filter((raw) => fieldsOf(raw).competencies.length === 0).length
    expect(share(empty, stories.length)).toBeGreaterThanOrEqual(0.25)
    expect(share(empty, stories.length)).toBeLessThanOrEqual(0.45)
  })

  it('labels between 30% and 55% of stories as too small for staff', () => {
    const small = stories.filter((s) => s.labels.smallForStaff).length
    expect(share(small, stories.length)).toBeGreaterThanOrEqual(0.3)
    expect(share(small, stories.length)).toBeLessThanOrEqual(0.55)
  })

  it('keeps the small-for-staff label consistent with the recorded reach', () => {
    for (const raw of rawStories) {
      const fields = fieldsOf(raw)
      const { labels } = EvalStorySchema.parse(raw)
      if (fields.reach === 'individual') expect(labels.smallForStaff, fields.title).toBe(true)
      if (fields.reach === 'org' || fields.reach === 'company' || fields.reach === 'industry')
        expect(labels.smallForStaff, fields.title).toBe(false)
    }
  })

  it('gives every competency in the framework at least three gold stories', () => {
    for (const id of COMPETENCY_IDS) {
      const count = stories.filter((s) => s.labels.competencies.includes(id)).length
      expect(count, id).toBeGreaterThanOrEqual(3)
    }
  })
})

describe('eval questions', () => {
  it('has at least 170 questions with unique ids and unique wording', () => {
    expect(questions.length).toBeGreaterThanOrEqual(170)
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length)
    expect(new Set(questions.map((q) => q.text.toLowerCase())).size).toBe(questions.length)
  })

  it('points only at stories that exist, never listing the best story as merely acceptable', () => {
    for (const q of questions) {
      expect(storyIds.has(q.best), q.id).toBe(true)
      for (const other of q.acceptable) expect(storyIds.has(other), `${q.id} -> ${other}`).toBe(true)
      expect(q.acceptable, q.id).not.toContain(q.best)
      expect(new Set(q.acceptable).size, q.id).toBe(q.acceptable.length)
    }
  })

  it('makes every story the best answer for at least two questions', () => {
    for (const id of storyIds) {
      const count = questions.filter((q) => q.best === id).length
      expect(count, id).toBeGreaterThanOrEqual(2)
    }
  })

  it('holds out at least 55 questions, about a third of the set', () => {
    const heldout = questions.filter((q) => q.split === 'heldout').length
    expect(heldout).toBeGreaterThanOrEqual(55)
    expect(share(heldout, questions.length)).toBeGreaterThanOrEqual(0.25)
    expect(share(heldout, questions.length)).toBeLessThanOrEqual(0.45)
  })
})

describe('dev questions (written after tuning, to check that changes generalise)', () => {
  it('has 117 questions with unique ids, worded unlike each other and unlike the first set', () => {
    expect(devQuestions.length).toBe(117)
    expect(new Set(devQuestions.map((q) => q.id)).size).toBe(devQuestions.length)
    const wordings = new Set(questions.map((q) => q.text.toLowerCase()))
    for (const q of devQuestions) {
      expect(wordings.has(q.text.toLowerCase()), q.id).toBe(false)
      wordings.add(q.text.toLowerCase())
    }
  })

  it('points only at stories that exist and makes every story the best answer at least once', () => {
    expectReferencesHold(devQuestions, storyIds, 1)
  })
})

describe('fresh vault (another person, written after all tuning)', () => {
  const FreshStorySchema = EvalStorySchema.extend({ id: z.string().regex(/^f\d{2}$/) })
  const FreshQuestionSchema = EvalQuestionSchema.extend({
    id: z.string().regex(/^g\d{3}$/),
    split: z.literal('fresh'),
  })
  const rawFresh = z.object({ stories: z.array(z.unknown()) }).parse(readJson('fresh/stories.json')).stories
  const freshStories = rawFresh.map((raw) => FreshStorySchema.parse(raw))
  const freshIds = new Set(freshStories.map((s) => s.id))
  const freshQuestions = z
    .object({ questions: z.array(FreshQuestionSchema) })
    .parse(readJson('fresh/questions.json')).questions

  it('has 32 valid stories with scope facts and 120 questions with unique ids', () => {
    expect(freshStories).toHaveLength(32)
    expect(freshIds.size).toBe(32)
    for (const raw of rawFresh) expect(fieldsOf(raw).reach).not.toBeNull()
    expect(freshQuestions).toHaveLength(120)
    expect(new Set(freshQuestions.map((q) => q.id)).size).toBe(120)
  })

  it('points only at its own stories and makes each the best answer at least three times', () => {
    expectReferencesHold(freshQuestions, freshIds, 3)
  })
})

describe('rewordings of linked questions', () => {
  const { rewordings } = z
    .object({
      rewordings: z.array(z.strictObject({ of: z.string(), text: z.string().trim().min(10) })).min(20),
    })
    .parse(readJson('rewordings.json'))
  const known = new Map([...questions, ...devQuestions].map((q) => [q.id, q.text]))

  it('each rewords a known question, once, in other words', () => {
    for (const r of rewordings) {
      expect(known.has(r.of), r.of).toBe(true)
      expect(r.text.toLowerCase()).not.toBe(known.get(r.of)?.toLowerCase())
    }
    expect(new Set(rewordings.map((r) => r.of)).size).toBe(rewordings.length)
  })
})
