import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exportCsv } from '../../../src/shared/transfer/csv-export'
import { parseImportFiles } from '../../../src/shared/transfer/import-files'
import { exportJson } from '../../../src/shared/transfer/json-export'
import { exportMarkdownBundle } from '../../../src/shared/transfer/markdown-export'
import { emptyVault } from '../../../src/shared/vault/document'
import { storiesArb } from './arbitraries'
import { fixture } from './fixtures'

const NAMES = ['x.json', 'x.csv', 'x.tsv', 'x.md', 'x.txt', 'x', 'p 0123456789abcdef0123456789abcdef.md']
const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 300) }

/** Replaces, deletes or inserts characters at random places. */
const mutated = (base: fc.Arbitrary<string>) =>
  fc
    .tuple(
      base,
      fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.string({ unit: 'binary', maxLength: 4 })), {
        maxLength: 6,
      }),
    )
    .map(([text, edits]) =>
      edits.reduce((acc, [at, remove, insert]) => {
        const i = acc.length ? at % acc.length : 0
        return acc.slice(0, i) + insert + acc.slice(i + remove)
      }, text),
    )

const validFiles = fc.oneof(
  storiesArb().map((s) => exportJson({ ...emptyVault(), stories: s })),
  storiesArb().map(exportCsv),
  storiesArb().map(exportMarkdownBundle),
  fc.constantFrom(
    fixture('story-matrix.csv').text,
    fixture('stories.tsv').text,
    fixture('obsidian-note.md').text,
    fixture('plain-array.json').text,
  ),
)

function checkOutcome(name: string, text: string): void {
  const parsed = parseImportFiles([{ name, text }])
  expect(Array.isArray(parsed.stories)).toBe(true)
  // Every issue names where it is and says what is wrong.
  for (const error of parsed.errors) {
    expect(error.record).not.toBe('')
    expect(error.message).not.toBe('')
  }
}

describe('importing garbage never throws', () => {
  it('random text under every file name', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), fc.string({ unit: 'binary', maxLength: 400 }), (name, text) => {
        checkOutcome(name, text)
      }),
      RUNS,
    )
  })

  it('random bytes decoded as UTF-8', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), fc.uint8Array({ maxLength: 400 }), (name, bytes) => {
        checkOutcome(name, new TextDecoder().decode(bytes))
      }),
      RUNS,
    )
  })

  it('valid exports and fixtures with random edits', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), mutated(validFiles), (name, text) => {
        checkOutcome(name, text)
      }),
      RUNS,
    )
  })
})
