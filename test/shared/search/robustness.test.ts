import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildSearchIndex } from '../../../src/shared/search/index'
import { searchStories } from '../../../src/shared/search/rank'
import { fixtureStories } from './fixtures'

const index = buildSearchIndex(fixtureStories)
const search = (question: string) => searchStories(index, question, { level: 'staff' })

describe('questions that are not questions', () => {
  it('asks for a question when empty', () => {
    for (const q of ['', '   ', '\n\t']) {
      const response = search(q)
      expect(response.results).toEqual([])
      expect(response.message).toMatch(/Type an interview question/)
    }
  })

  it('says there is nothing to match for stop words only, emoji or punctuation', () => {
    for (const q of ['the and of to', '😀🔥👍', '?!?!...', 'tell me about a time']) {
      const response = search(q)
      expect(response.results).toEqual([])
      expect(response.message).toMatch(/no words to match/)
    }
  })

  it('answers in plain words when other scripts match nothing', () => {
    const response = search('Расскажите о конфликте 如何处理冲突')
    expect(response.results).toEqual([])
    expect(response.message).toMatch(/No story matches/)
  })

  it('stays fast on a 20,000-character paste and says it read only the start', () => {
    const paste = 'We are hiring a staff engineer to lead a database migration across teams. '
      .repeat(300)
      .slice(0, 20_000)
    const start = performance.now()
    const response = search(paste)
    expect(performance.now() - start).toBeLessThan(500)
    expect(response.analysis.truncated).toBe(true)
    expect(response.results.slice(0, 5).map((r) => r.id)).toContain('oracle-billing')
  })

  it('answers clearly for an empty vault', () => {
    const response = searchStories(buildSearchIndex([]), 'Tell me about a conflict', { level: 'staff' })
    expect(response.results).toEqual([])
    expect(response.message).toMatch(/no stories yet/)
  })

  it('never throws and always returns ordered scores in 0..1 for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (question) => {
        const response = search(question)
        for (const r of response.results) {
          expect(r.score).toBeGreaterThanOrEqual(0)
          expect(r.score).toBeLessThanOrEqual(1)
        }
        return true
      }),
      { numRuns: 200 },
    )
  })
})
