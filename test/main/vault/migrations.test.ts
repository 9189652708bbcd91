import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MIGRATIONS, detectSchemaVersion, migrateToCurrent } from '../../../src/main/vault/migrations'
import { CURRENT_SCHEMA_VERSION, VaultDocumentSchema } from '../../../src/shared/vault/document'

const fixturePath = (name: string) => join(__dirname, '../../fixtures/vault', name)
const context = { now: new Date('2026-11-25T10:00:00.000Z'), newId: () => 'new-id' }

describe('migrations', () => {
  it('are numbered 1..current with no gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(
      Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, i) => i + 1),
    )
  })

  it('detects the version a file claims', () => {
    expect(detectSchemaVersion([])).toBe(0)
    expect(detectSchemaVersion({ stories: [] })).toBe(0)
    expect(detectSchemaVersion({ schemaVersion: 1, stories: [] })).toBe(1)
    expect(detectSchemaVersion({ schemaVersion: 7, stories: [] })).toBe(7)
    expect(detectSchemaVersion({ schemaVersion: 'one', stories: [] })).toBeNull()
    expect(detectSchemaVersion({ schemaVersion: 0, stories: [] })).toBeNull()
    expect(detectSchemaVersion('text')).toBeNull()
  })

  it('claims no version for JSON that is not a vault', () => {
    expect(detectSchemaVersion({ name: 'story-vault', version: '0.1.0', dependencies: {} })).toBeNull()
    expect(detectSchemaVersion({ stories: { 'a-story': { title: 'Keyed, not listed' } } })).toBeNull()
    expect(detectSchemaVersion({ stories: ['just', 'words'] })).toBeNull()
    expect(detectSchemaVersion([1, 2, 3])).toBeNull()
    expect(detectSchemaVersion({ schemaVersion: 2 })).toBeNull()
  })

  it('turns a pre-release array into a valid document, filling ids and times', () => {
    const migrated = migrateToCurrent([{ title: 'Old story' }], 0, context)
    const doc = VaultDocumentSchema.parse(migrated)
    expect(doc.stories).toEqual([
      expect.objectContaining({
        id: 'new-id',
        title: 'Old story',
        createdAt: '2026-11-25T10:00:00.000Z',
        updatedAt: '2026-11-25T10:00:00.000Z',
      }),
    ])
    expect(doc.onboarded).toBe(true)
  })

  it('keeps existing ids and times and the onboarding flag', () => {
    const story = { id: 'keep', title: 'T', createdAt: '2024-01-01T00:00:00.000Z' }
    const migrated = migrateToCurrent({ onboarded: false, stories: [story] }, 0, context)
    const doc = VaultDocumentSchema.parse(migrated)
    expect(doc.onboarded).toBe(false)
    expect(doc.stories[0]).toMatchObject({ id: 'keep', updatedAt: '2024-01-01T00:00:00.000Z' })
  })

  it('brings a version-1 file forward: every story kept, the new collections empty', () => {
    const v1 = JSON.parse(readFileSync(fixturePath('version-1.json'), 'utf8')) as { stories: unknown[] }
    const doc = VaultDocumentSchema.parse(migrateToCurrent(v1, 1, context))
    expect(doc.stories).toHaveLength(v1.stories.length)
    expect(doc.stories.every((story) => story.shortVersion === '' && story.questions.length === 0)).toBe(true)
    expect(doc.trash).toEqual([])
    expect(doc.ownQuestions).toEqual([])
    expect(doc.practice).toEqual({ cards: [], history: [] })
  })

  it('leaves a current document alone', () => {
    const doc = { schemaVersion: CURRENT_SCHEMA_VERSION, stories: [] }
    expect(migrateToCurrent(doc, CURRENT_SCHEMA_VERSION, context)).toBe(doc)
  })
})
