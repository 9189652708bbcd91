import { describe, expect, it } from 'vitest'
import { analyzeText } from '../../../src/shared/search/analyze'
import { createLexicon } from '../../../src/shared/search/vocabulary'
import { termKey } from '../../../src/shared/text/tokenize'

const lexicon = createLexicon({
  boilerplate: [],
  questionFiller: [],
  synonyms: [
    ['prioritize', 'say no', 'trade-off'],
    ['tech debt', 'clean up'],
    ['ownership', 'cleaned up the mess'],
    ['disagree', 'pushed back'],
    ['outage', 'on call'],
  ],
  competencyCues: {},
  scopeSeeking: [],
})
const terms = (text: string) => analyzeText(text, lexicon, { mode: 'story' }).map((t) => t.term)
const keys = (...words: string[]) => words.map(termKey)

describe('particles in phrases ("say no", "on call")', () => {
  it('are read as part of a vocabulary phrase', () => {
    expect(terms('I had to say no to the VP')).toEqual(keys('prioritize', 'vp'))
    expect(terms('I was on-call that week')).toEqual(keys('outage', 'week'))
  })

  it('never count on their own', () => {
    expect(terms('what did you say to them')).toEqual(keys('say'))
    expect(terms('we logged in and out')).toEqual(keys('logged'))
  })

  it('may be passed over inside a longer phrase, and the longest reading wins', () => {
    expect(terms('I cleaned up the mess')).toEqual(keys('ownership'))
    expect(terms('we had to clean up the old jobs')).toEqual(['tech_debt', ...keys('old', 'jobs')])
    expect(terms('I pushed back on the plan')).toEqual(keys('disagree', 'plan'))
  })
})
