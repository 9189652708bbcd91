import fc from 'fast-check'
import { COMPETENCY_IDS } from '../../../src/shared/story/competency-ids'
import { REACH_LEVELS } from '../../../src/shared/story/levels'
import type { Story } from '../../../src/shared/story/schema'

/** Pieces that have broken importers before: quotes, separators, formulas, front matter, headings. */
const TRICKY = [
  '---',
  '...',
  '=SUM(A1)',
  "'=already quoted",
  '+1',
  '-5%',
  '@here',
  '\t',
  '\r',
  '\r\n',
  '\n',
  '"',
  '""',
  ',',
  ';',
  ' ',
  '# heading',
  '## Situation',
  '\\# escaped',
  '<!-- story-vault:next-story -->',
  'title: hijack',
  'Situation: label',
  '**Result:** bold label',
  '- bullet',
  'ünïcödé ✓ 😀 中文',
  '\u00a0',
]

export const text = (maxPieces = 8): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom(...TRICKY)), {
      maxLength: maxPieces,
    })
    .map((pieces) => pieces.join(''))

/** A one-line list item, trimmed and non-empty: that is what lists keep (see coerce.ts). */
const listItem = (max: number) =>
  text(4)
    .map((t) =>
      t
        .replace(/[\r\n\u2028\u2029\u0085]+/g, ' ')
        .trim()
        .slice(0, max)
        .trim(),
    )
    .filter((t) => t.length > 0)

const count = (max: number) => fc.option(fc.integer({ min: 0, max }), { nil: null })

export const storyArb: fc.Arbitrary<Story> = fc.record({
  title: text(5)
    .map((t) => t.trim().slice(0, 200).trim())
    .filter((t) => t.length > 0),
  situation: text(),
  task: text(),
  action: text(),
  result: text(),
  learnings: text(),
  competencies: fc.subarray([...COMPETENCY_IDS]),
  rejectedCompetencies: fc.subarray([...COMPETENCY_IDS]),
  tags: fc.array(listItem(60), { maxLength: 4 }),
  company: text(3).map((t) => t.slice(0, 200)),
  role: text(3).map((t) => t.slice(0, 200)),
  year: fc.option(fc.integer({ min: 1950, max: 2100 }), { nil: null }),
  people: count(10_000_000),
  teams: count(100_000),
  durationWeeks: count(5_200),
  reach: fc.option(fc.constantFrom(...REACH_LEVELS), { nil: null }),
  metrics: fc.array(listItem(500), { maxLength: 4 }),
  shortVersion: text(),
  questions: fc.array(listItem(500), { maxLength: 4 }),
  id: fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/),
  createdAt: fc.constant('2025-03-01T10:00:00.000Z'),
  updatedAt: fc.constant('2025-03-02T10:00:00.000Z'),
})

/** Stories with distinct ids, as in a vault. */
export const storiesArb = (minLength = 0) =>
  fc.uniqueArray(storyArb, { minLength, maxLength: 5, selector: (s) => s.id })
