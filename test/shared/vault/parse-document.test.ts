import { describe, expect, it } from 'vitest'
import { parseVaultDocument } from '../../../src/shared/vault/parse-document'
import { CURRENT_SCHEMA_VERSION, VaultDocumentSchema } from '../../../src/shared/vault/document'

function vault(historyCount: number) {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    onboarded: true,
    settings: { targetLevel: 'senior' },
    stories: [
      VaultDocumentSchema.shape.stories.parse([
        {
          id: 's-1',
          title: 'Moved billing off the old database',
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        },
      ])[0],
    ],
    sheets: [],
    trash: [],
    ownQuestions: [
      {
        id: 'q-1',
        text: 'When did you change your mind?',
        competencies: [],
        createdAt: '2026-01-01T00:00:00.000Z',
      },
    ],
    practice: {
      cards: [],
      history: Array.from({ length: historyCount }, (_, n) => ({
        id: `h-${n}`,
        at: '2026-01-01T00:00:00.000Z',
        question: 'When did you change your mind?',
        storyId: 's-1',
        seconds: 60 + n,
        rating: 'good',
        note: '',
      })),
    },
    loops: [],
  }
}

/** A fresh copy, as JSON.parse would give it. */
const read = (value: unknown): Record<string, unknown> => JSON.parse(JSON.stringify(value))

describe('parseVaultDocument', () => {
  it('takes large lists already in the schema’s shape as read, with the schema’s result', () => {
    const raw = read(vault(500))
    const fast = parseVaultDocument(raw)
    const schema = VaultDocumentSchema.safeParse(read(raw))
    expect(fast.success).toBe(true)
    expect(JSON.stringify(fast.data)).toBe(JSON.stringify(schema.data))
    const practice = raw.practice as { history: unknown[] }
    expect(fast.data?.practice.history).toBe(practice.history)
    expect(fast.data?.stories).toBe(raw.stories)
  })

  it('fills defaults and drops unknown fields exactly as the schema does', () => {
    const raw = read(vault(3))
    delete raw.sheets
    raw.unknown = 'dropped'
    const practice = raw.practice as { history: Array<Record<string, unknown>> }
    delete practice.history[1]?.note
    const fast = parseVaultDocument(read(raw))
    expect(JSON.stringify(fast.data)).toBe(JSON.stringify(VaultDocumentSchema.parse(read(raw))))
  })

  it('gives the schema’s own error for one bad history entry among many good ones', () => {
    const raw = read(vault(2_000))
    const practice = raw.practice as { history: Array<Record<string, unknown>> }
    practice.history[1234] = { ...practice.history[1234], rating: 'brilliant' }
    const fast = parseVaultDocument(read(raw))
    const schema = VaultDocumentSchema.safeParse(read(raw))
    expect(fast.success).toBe(false)
    expect(fast.error?.issues).toEqual(schema.error?.issues)
    expect(fast.error?.issues[0]?.path).toEqual(['practice', 'history', 1234, 'rating'])
  })

  it('gives the schema’s error when the rest of the document is wrong', () => {
    const raw = read(vault(10))
    raw.settings = { targetLevel: 'intern' }
    const fast = parseVaultDocument(read(raw))
    expect(fast.success).toBe(false)
    expect(fast.error?.issues).toEqual(VaultDocumentSchema.safeParse(read(raw)).error?.issues)
  })
})
