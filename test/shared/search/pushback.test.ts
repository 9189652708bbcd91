import { describe, expect, it } from 'vitest'
import { demoStories } from '../../../src/shared/content'
import { buildSearchIndex } from '../../../src/shared/search/index'
import { analyzeQuestion } from '../../../src/shared/search/question'
import { searchStories } from '../../../src/shared/search/rank'

// The demo vault's story where the product manager "disagreed strongly" and the engineer said no.
const demo = buildSearchIndex(demoStories.map((s, i) => ({ ...s, id: `demo-${i}` })))
const saidNo = demoStories.findIndex((s) => s.title.startsWith('Said no to three VPs'))

describe('questions about pushing back, saying no and disagreeing with a decision', () => {
  it('find the story where the person pushed back on the product manager', () => {
    for (const question of [
      'Tell me about a time you pushed back on a product decision',
      'Describe a time you said no to your product manager',
      'Have you ever disagreed with a product call?',
    ]) {
      expect(searchStories(demo, question, { level: 'staff', limit: 3 }).results[0]?.id, question).toBe(
        `demo-${saidNo}`,
      )
    }
  })

  it('are read as probing prioritisation as well as conflict', () => {
    for (const question of [
      'Tell me about a time you pushed back on a product decision',
      'Tell me about a time you had to say no to a stakeholder',
    ]) {
      const ids = analyzeQuestion(question).competencies.map((c) => c.id)
      expect(ids, question).toContain('prioritization')
    }
    expect(
      analyzeQuestion('Tell me about a time you pushed back on a product decision').competencies[0]?.id,
    ).toBe('conflict')
  })
})
