import { describe, expect, it } from 'vitest'
import { competencies } from '../../src/shared/content/competencies'
import { primaryCompetency, questionBank, questionsFor } from '../../src/shared/content/question-bank'

describe('content/question-bank.json', () => {
  it('has at least 180 questions with unique ids and unique wording', () => {
    expect(questionBank.length).toBeGreaterThanOrEqual(180)
    expect(new Set(questionBank.map((q) => q.id)).size).toBe(questionBank.length)
    const texts = questionBank.map((q) => q.text.toLowerCase().replace(/\s+/g, ' '))
    expect(new Set(texts).size).toBe(texts.length)
  })

  it.each(competencies.map((c) => [c.id] as const))('has at least 12 questions primarily about %s', (id) => {
    expect(questionsFor(id).length).toBeGreaterThanOrEqual(12)
  })

  it('never lists the same competency twice on a question', () => {
    const doubled = questionBank.filter((q) => new Set(q.competencies).size !== q.competencies.length)
    expect(doubled.map((q) => q.id)).toEqual([])
  })

  it('mixes behavioral and situational questions', () => {
    const situational = questionBank.filter((q) => q.kind === 'situational').length
    expect(situational).toBeGreaterThanOrEqual(12)
    expect(questionBank.length - situational).toBeGreaterThanOrEqual(120)
  })

  it('reads the first competency as the primary one', () => {
    const question = questionBank.find((q) => q.competencies.length === 2)
    expect(question).toBeDefined()
    if (question) expect(primaryCompetency(question)).toBe(question.competencies[0])
  })
})
