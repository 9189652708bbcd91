import { describe, expect, it } from 'vitest'
import { DocumentValidator, deepFreeze } from '../../../src/main/vault/validate'
import type { PracticeEntry } from '../../../src/shared/practice/schema'
import { emptyVault, type VaultDocument } from '../../../src/shared/vault/document'

function entry(n: number): PracticeEntry {
  return {
    id: `e${n}`,
    at: '2026-01-01T00:00:00.000Z',
    question: `Question ${n}`,
    storyId: 's-1',
    seconds: 60,
    rating: 'good',
    note: '',
  }
}

function withHistory(count: number): VaultDocument {
  const doc = emptyVault()
  return {
    ...doc,
    ownQuestions: Array.from({ length: count / 5 }, (_, n) => ({
      id: `q${n}`,
      text: `Own question ${n}`,
      competencies: [],
      createdAt: '2026-01-01T00:00:00.000Z',
    })),
    practice: { cards: [], history: Array.from({ length: count }, (_, n) => entry(n)) },
  }
}

describe('document validation of practice data', () => {
  it('does not parse remembered history entries and own questions again', () => {
    const validator = new DocumentValidator()
    const doc = deepFreeze(validator.validate(withHistory(50)))
    validator.remember(doc)
    // A remembered entry is trusted as it is: proof that it is not parsed again on the next save.
    const trusted = deepFreeze({ ...entry(999), seconds: -1 })
    validator.remember({ ...doc, practice: { ...doc.practice, history: [trusted] } })
    const next = validator.validate({
      ...doc,
      practice: { ...doc.practice, history: [...doc.practice.history, trusted] },
    })
    expect(next.practice.history).toHaveLength(51)
    expect(next.practice.history[0]).toBe(doc.practice.history[0])
    expect(next.ownQuestions[0]).toBe(doc.ownQuestions[0])
  })

  it('still checks a new entry, naming it', () => {
    const validator = new DocumentValidator()
    const doc = deepFreeze(validator.validate(withHistory(10)))
    validator.remember(doc)
    const bad = { ...entry(11), question: '   ' }
    expect(() =>
      validator.validate({ ...doc, practice: { ...doc.practice, history: [...doc.practice.history, bad] } }),
    ).toThrow(
      expect.objectContaining({
        code: 'invalid-input',
        details: [expect.stringMatching(/practice entries 11/)],
      }),
    )
  })

  it('refuses more own questions than a vault holds, clearly', () => {
    const validator = new DocumentValidator()
    const many = Array.from({ length: 50_001 }, () => ({
      id: 'q',
      text: 'Q',
      competencies: [],
      createdAt: '2026-01-01T00:00:00.000Z',
    }))
    expect(() => validator.validate({ ...emptyVault(), ownQuestions: many })).toThrow(
      expect.objectContaining({
        code: 'too-large',
        message: expect.stringMatching(/at most 50,000 own questions/),
      }),
    )
  })

  it('saves one more rating quickly with 50,000 entries and 10,000 own questions', () => {
    const validator = new DocumentValidator()
    const doc = deepFreeze(validator.validate(withHistory(50_000)))
    validator.remember(doc)
    const started = performance.now()
    validator.validate({
      ...doc,
      practice: { ...doc.practice, history: [...doc.practice.history, entry(50_001)] },
    })
    // Generous for a loaded machine; re-parsing everything takes several times longer.
    expect(performance.now() - started).toBeLessThan(150)
  })
})
