import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { QuestionSchema } from '../../src/shared/content/question-bank'
import { duplicates, parseContent } from '../../src/shared/content/parse'

describe('parseContent', () => {
  const schema = z.object({ questions: z.array(QuestionSchema) })

  it('returns the parsed data when the file is valid', () => {
    const valid = {
      questions: [{ id: 'q001', text: 'Biggest mistake?', competencies: ['failure'], kind: 'behavioral' }],
    }
    expect(parseContent(schema, valid, 'question-bank.json').questions[0]?.id).toBe('q001')
  })

  it('throws naming the file and the broken field', () => {
    const broken = {
      questions: [{ id: 'q001', text: 'Biggest mistake?', competencies: ['typo'], kind: 'behavioral' }],
    }
    expect(() => parseContent(schema, broken, 'question-bank.json')).toThrow(
      /content\/question-bank\.json is invalid: questions\.0\.competencies\.0: is not a known competency id/,
    )
  })
})

describe('duplicates', () => {
  it('lists each repeated value once', () => {
    expect(duplicates(['a', 'b', 'a', 'c', 'a', 'b'])).toEqual(['a', 'b'])
    expect(duplicates(['a', 'b'])).toEqual([])
  })
})
