import { describe, expect, it } from 'vitest'
import { analyzeText } from '../../../src/shared/search/analyze'
import { getLexicon, phraseKeys, phraseTerm } from '../../../src/shared/search/vocabulary'
import { termKey } from '../../../src/shared/text/tokenize'

const lexicon = getLexicon()
const terms = (text: string) => analyzeText(text, lexicon, { mode: 'story' }).map((t) => t.term)
/** The one term a short text folds into (fails loudly when it reads as several). */
const termOf = (text: string) => {
  const read = terms(text)
  expect(read, text).toHaveLength(1)
  return read[0] as string
}
const shareATerm = (a: string, b: string) => terms(a).some((term) => terms(b).includes(term))

describe('synonym groups', () => {
  it('read each group’s first entry as that group’s own term (no earlier group captured it)', () => {
    for (const group of lexicon.vocabulary.synonyms) {
      const first = group[0] as string
      expect(terms(first), first).toEqual([phraseTerm(phraseKeys(first))])
    }
  })

  it('leave very common words and everyday inflections unfolded, so they cannot match everything', () => {
    const everyday = [
      ...['work', 'make', 'get', 'change', 'time', 'people', 'problem', 'issue', 'thing', 'help'],
      // Words that share a stem key with a topic word: "found" ~ "founder", "quite" ~ "quit",
      // "object" ~ "objected", "level" ~ "levelled", "version" ~ "versioning", "local" ~ "localized".
      ...['found', 'quite', 'object', 'level', 'version', 'local', 'social', 'serve', 'contain', 'belong'],
      ...['thanks', 'decided', 'spent', 'deal', 'course', 'date', 'plan', 'tool', 'profile', 'trace'],
    ]
    for (const word of everyday) expect(termOf(word), word).toBe(termKey(word))
  })
})

describe('teaching others versus teaching oneself', () => {
  it('reads "taught myself" and "self-taught" as learning', () => {
    const learn = termOf('learned')
    for (const text of ['taught myself', 'self-taught', 'I had to teach myself', 'got up to speed']) {
      expect(terms(text), text).toContain(learn)
    }
  })

  it('reads teaching someone else as mentoring, never as learning', () => {
    const mentor = termOf('mentored')
    expect(mentor).not.toBe(termOf('learned'))
    for (const text of ['taught her', 'I taught the new hire', 'coached two juniors']) {
      expect(terms(text), text).toContain(mentor)
      expect(terms(text), text).not.toContain(termOf('learned'))
    }
    expect(terms('taught myself Rust')).not.toContain(mentor)
  })
})

describe('everyday paraphrases of one situation meet', () => {
  it.each([
    ['dig into a system I did not understand to find the problem', 'hunting a memory leak'],
    ['revenue was on the line', 'a customer about to churn'],
    ['this hurt a key metric', 'my change made things worse'],
    ['everything was on fire and I got paged', 'a sev1 outage'],
    ['the date we couldn’t miss', 'a hard deadline'],
    ['the rollout went sideways', 'the launch failed'],
    ['I bit off more than I could chew', 'the team was overloaded'],
    ['the long pole was the vendor contract', 'the blocker was the vendor contract'],
    ['we did an A/B test', 'we ran an experiment'],
    ['I rolled it back', 'we reverted the deploy'],
  ])('"%s" ~ "%s"', (a, b) => {
    expect(shareATerm(a, b)).toBe(true)
  })

  it('keeps different situations apart', () => {
    expect(shareATerm('taught myself Go', 'mentored a junior engineer')).toBe(false)
    expect(shareATerm('how do you deal with a difficult colleague', 'a customer about to churn')).toBe(false)
    expect(shareATerm('a memory leak', 'a data leak')).toBe(false)
    expect(shareATerm('my performance review', 'a performance regression')).toBe(false)
    expect(shareATerm('a credit card payment', 'my manager took credit')).toBe(false)
  })
})
