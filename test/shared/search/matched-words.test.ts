import { describe, expect, it, vi } from 'vitest'
import { buildSearchIndex } from '../../../src/shared/search/index'
import { matchedWords } from '../../../src/shared/search/reasons'
import { fixtureStories } from './fixtures'

const reads = vi.hoisted(() => ({ texts: [] as string[] }))

vi.mock('../../../src/shared/search/analyze', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/shared/search/analyze')>()
  return {
    ...original,
    analyzeText: (...args: Parameters<typeof original.analyzeText>) => {
      reads.texts.push(args[0])
      return original.analyzeText(...args)
    },
  }
})

describe('matchedWords', () => {
  const index = buildSearchIndex(fixtureStories)
  const doc = index.docs[0]!
  const title = doc.story.title
  const titleTerm = index.dictionary.terms[doc.termIds[0]!]!

  it('reads again only the fields the index says hold a question word, with the same answer', () => {
    const terms = new Set([titleTerm, 'no-such-term'])
    reads.texts = []
    const all = matchedWords(doc, terms, index.lexicon)
    const readAll = reads.texts.length
    reads.texts = []
    const some = matchedWords(doc, terms, index.lexicon, index.dictionary)
    expect(some).toEqual(all)
    expect(all.length).toBeGreaterThan(0)
    expect(reads.texts).toContain(title)
    expect(reads.texts.length).toBeLessThan(readAll)
  })
})
