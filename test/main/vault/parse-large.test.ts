import { describe, expect, it } from 'vitest'
import { parseVaultText } from '../../../src/main/vault/parse'
import { CURRENT_SCHEMA_VERSION } from '../../../src/shared/vault/document'

function file(history: unknown[]): string {
  return JSON.stringify(
    {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      onboarded: true,
      stories: [],
      ownQuestions: [],
      practice: { cards: [], history },
    },
    null,
    2,
  )
}

const entry = (n: number) => ({
  id: `h-${n}`,
  at: '2026-03-01T09:00:00.000Z',
  question: 'Tell me about a time you disagreed with your manager',
  storyId: 'story-1',
  seconds: 75,
  rating: 'good',
  note: '',
})

describe('opening a vault with a long practice history', () => {
  it('reads 5,000 entries as written', () => {
    const history = Array.from({ length: 5_000 }, (_, n) => entry(n))
    const parsed = parseVaultText(file(history))
    expect(parsed.kind).toBe('ok')
    if (parsed.kind === 'ok') expect(parsed.doc.practice.history).toEqual(history)
  })

  it('names the one malformed entry in an otherwise valid file', () => {
    const history = Array.from({ length: 5_000 }, (_, n) => entry(n))
    history[4321] = { ...entry(4321), seconds: -20 }
    const parsed = parseVaultText(file(history))
    expect(parsed).toEqual({
      kind: 'corrupt',
      reason: expect.stringMatching(
        /^The vault file does not have the structure Story Vault expects \(first problem: practice\.history\.4321\.seconds: .+\)\.$/,
      ),
    })
  })
})
