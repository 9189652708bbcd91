import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import {
  isCanonicalOwnQuestion,
  isCanonicalPracticeCard,
  isCanonicalPracticeEntry,
  isCanonicalStory,
} from '../../../src/shared/vault/canonical'
import {
  OwnQuestionSchema,
  PracticeCardSchema,
  PracticeEntrySchema,
} from '../../../src/shared/practice/schema'
import { StorySchema } from '../../../src/shared/story/schema'

const story = StorySchema.parse({
  id: 's-1',
  title: 'Moved billing off the old database',
  situation: 'Billing ran on a database nobody wanted to touch.',
  competencies: ['ownership'],
  tags: ['migration'],
  year: 2024,
  people: 6,
  reach: 'org',
  metrics: ['0 lost invoices'],
  questions: ['Tell me about a migration'],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
})
const ownQuestion = OwnQuestionSchema.parse({
  id: 'q-1',
  text: 'When did you change your mind?',
  competencies: ['ownership'],
  createdAt: '2026-01-01T00:00:00.000Z',
})
const entry = PracticeEntrySchema.parse({
  id: 'h-1',
  at: '2026-01-01T00:00:00.000Z',
  question: 'When did you change your mind?',
  storyId: 's-1',
  seconds: 95.5,
  rating: 'hard',
  note: 'forgot the metric',
})
const card = PracticeCardSchema.parse({
  question: 'When did you change your mind?',
  storyId: 's-1',
  due: '2026-01-05T00:00:00.000Z',
  stability: 2.3,
  difficulty: 5.1,
  reps: 1,
  lapses: 0,
  state: 2,
  lastReview: '2026-01-01T00:00:00.000Z',
  learningSteps: 0,
  scheduledDays: 4,
})

const odd = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(''),
  fc.constant('  padded  '),
  fc.constant('x'.repeat(600)),
  fc.constant('bad id!'),
  fc.constant('2026-02-30T00:00:00.000Z'),
  fc.constant('2026-01-01T00:00:00+01:00'),
  fc.constant('not-a-competency'),
  fc.constant('org'),
  fc.constant('good'),
  fc.constant([]),
  fc.constant(['ownership', 'x']),
  fc.constant(Array.from({ length: 60 }, () => 'ownership')),
  fc.double(),
  fc.integer({ min: -5, max: 20_000_000 }),
  fc.constantFrom(Number.NaN, Infinity, -1, 0, 3, 4, 1.5, 2 ** 60),
  fc.string(),
)

/** The item with some of its fields replaced, removed, reordered or added. */
function mutations(item: Record<string, unknown>) {
  const keys = Object.keys(item)
  return fc
    .record({
      changes: fc.array(fc.tuple(fc.constantFrom(...keys, 'extra'), odd), { maxLength: 3 }),
      reorder: fc.boolean(),
    })
    .map(({ changes, reorder }) => {
      const next: Record<string, unknown> = { ...item }
      for (const [key, value] of changes) {
        if (value === undefined) delete next[key]
        else next[key] = value
      }
      return reorder ? Object.fromEntries(Object.entries(next).reverse()) : next
    })
}

const cases: Array<[string, Record<string, unknown>, (v: unknown) => boolean, z.ZodType]> = [
  ['story', story, isCanonicalStory, StorySchema],
  ['own question', ownQuestion, isCanonicalOwnQuestion, OwnQuestionSchema],
  ['practice entry', entry, isCanonicalPracticeEntry, PracticeEntrySchema],
  ['practice card', card, isCanonicalPracticeCard, PracticeCardSchema],
]

describe('canonical item checks', () => {
  for (const [name, item, isCanonical, schema] of cases) {
    it(`passes a ${name} exactly as its schema writes it`, () => {
      expect(isCanonical(JSON.parse(JSON.stringify(item)))).toBe(true)
    })

    it(`passes a ${name} only when its schema would give back the same thing`, () => {
      let passed = 0
      fc.assert(
        fc.property(mutations(item), (candidate) => {
          if (!isCanonical(candidate)) return
          passed++
          const parsed = schema.safeParse(candidate)
          expect(parsed.success).toBe(true)
          expect(JSON.stringify(parsed.data)).toBe(JSON.stringify(candidate))
        }),
        { numRuns: 1500 },
      )
      // Some mutations keep the item valid (an in-range number, an allowed value): those must pass.
      expect(passed).toBeGreaterThan(0)
    })
  }

  it('refuses what the schema would change or refuse', () => {
    expect(isCanonicalStory({ ...story, title: ' Padded ' })).toBe(false)
    expect(isCanonicalStory({ ...story, extra: 1 })).toBe(false)
    expect(isCanonicalPracticeEntry({ ...entry, rating: 'great' })).toBe(false)
    expect(isCanonicalPracticeEntry({ ...entry, seconds: -1 })).toBe(false)
    expect(isCanonicalPracticeEntry({ ...entry, at: '2026-01-01' })).toBe(false)
    const { note: _note, ...withoutNote } = entry
    expect(isCanonicalPracticeEntry(withoutNote)).toBe(false)
    expect(isCanonicalPracticeCard({ ...card, state: 4 })).toBe(false)
    expect(isCanonicalOwnQuestion({ ...ownQuestion, competencies: ['nope'] })).toBe(false)
  })
})
