import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Story } from '../../../src/shared/story/schema'
import { exportCsv } from '../../../src/shared/transfer/csv-export'
import { parseCsvStories } from '../../../src/shared/transfer/csv-import'
import { exportJson } from '../../../src/shared/transfer/json-export'
import { parseJsonStories } from '../../../src/shared/transfer/json-import'
import { exportMarkdownBundle, exportMarkdownFiles } from '../../../src/shared/transfer/markdown-export'
import { parseMarkdownStories } from '../../../src/shared/transfer/markdown-import'
import { parseImportFiles } from '../../../src/shared/transfer/import-files'
import { CURRENT_SCHEMA_VERSION, emptyVault, type VaultDocument } from '../../../src/shared/vault/document'
import { storiesArb } from './arbitraries'

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 150) }

/** What an import gives back for a stored story: everything but updatedAt (the import sets it). */
function asImported(story: Story) {
  const { updatedAt: _updatedAt, ...rest } = story
  return rest
}

/** Markdown frames each section with headings, so the text comes back trimmed with "\n" line ends. */
function asMarkdownImported(story: Story) {
  const norm = (t: string) => t.replace(/\r\n?/g, '\n').trim()
  return {
    ...asImported(story),
    situation: norm(story.situation),
    task: norm(story.task),
    action: norm(story.action),
    result: norm(story.result),
    learnings: norm(story.learnings),
  }
}

function vaultWith(stories: Story[]): VaultDocument {
  return { ...emptyVault(), onboarded: true, stories }
}

describe('export then import gives the same stories back', () => {
  it('JSON backup: exactly, and the document is the vault document', () => {
    fc.assert(
      fc.property(storiesArb(), (stories) => {
        const text = exportJson(vaultWith(stories))
        expect(JSON.parse(text)).toMatchObject({ schemaVersion: CURRENT_SCHEMA_VERSION, stories })
        const outcome = parseJsonStories(text)
        expect(outcome.errors).toEqual([])
        expect(outcome.stories).toEqual(stories.map(asImported))
      }),
      RUNS,
    )
  })

  it('CSV: exactly, including formulas, quotes, line breaks and edge whitespace', () => {
    fc.assert(
      fc.property(storiesArb(), (stories) => {
        const csv = exportCsv(stories)
        const outcome = parseCsvStories(csv)
        expect(outcome.errors).toEqual([])
        expect(outcome.stories).toEqual(stories.map(asImported))
      }),
      RUNS,
    )
  })

  it('CSV: no cell starts with a formula character', () => {
    fc.assert(
      fc.property(storiesArb(), (stories) => {
        const outcome = Papa_cells(exportCsv(stories))
        for (const cell of outcome) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
      }),
      RUNS,
    )
  })

  it('Markdown files: one per story, section text trimmed', () => {
    fc.assert(
      fc.property(storiesArb(1), (stories) => {
        const files = exportMarkdownFiles(stories)
        expect(files).toHaveLength(stories.length)
        expect(new Set(files.map((f) => f.name.toLowerCase())).size).toBe(files.length)
        const parsed = parseImportFiles(files)
        expect(parsed.errors).toEqual([])
        expect(parsed.stories).toEqual(stories.map(asMarkdownImported))
      }),
      RUNS,
    )
  })

  it('Markdown bundle: one file splits back into the same stories', () => {
    fc.assert(
      fc.property(storiesArb(), (stories) => {
        const outcome = parseMarkdownStories(exportMarkdownBundle(stories), 'bundle.md')
        expect(outcome.errors).toEqual([])
        expect(outcome.stories).toEqual(stories.map(asMarkdownImported))
      }),
      RUNS,
    )
  })
})

import Papa from 'papaparse'
function Papa_cells(csv: string): string[] {
  return Papa.parse<string[]>(csv, { skipEmptyLines: 'greedy' }).data.flat()
}
