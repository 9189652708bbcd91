import { describe, expect, it } from 'vitest'
import { analyzeQuestion } from '../../../src/shared/search/question'
import { getLexicon } from '../../../src/shared/search/vocabulary'
import { SpellingCorrector } from '../../../src/shared/search/spelling'
import { termKey } from '../../../src/shared/text/tokenize'

const terms = (question: string) => analyzeQuestion(question).terms.map((t) => t.term)
const lexicon = getLexicon()
const vocabularyOnly = new SpellingCorrector(lexicon.knownWords, (w) => lexicon.knownKeys.has(termKey(w)))
const correct = (w: string) => vocabularyOnly.correct(w)

describe('boilerplate stripping', () => {
  it('keeps only what the question is about', () => {
    expect(terms('Tell me about a time you led a database migration')).toEqual(
      terms('led a database migration'),
    )
    expect(terms('Describe a situation where you had to deal with a vendor')).toEqual(
      terms('deal with a vendor'),
    )
    expect(terms('Give me an example of a launch')).toEqual(terms('launch'))
    expect(terms("Say you're in this situation: a launch slips")).toEqual(terms('a launch slips'))
  })

  it('drops interview filler words but not topic words', () => {
    const read = terms('Walk me through a specific example of a migration')
    expect(read).toEqual(terms('migration'))
    expect(read).not.toContain(termKey('example'))
  })
})

describe('synonyms and phrases', () => {
  it('folds synonyms into one term', () => {
    expect(terms('a db migration')).toEqual(terms('a database migration'))
    expect(terms('when you clashed with a peer')[0]).toBe(terms('when you disagreed with a peer')[0])
  })

  it('reads multi-word phrases as one concept', () => {
    expect(terms('you pushed back on a decision')).toContain(terms('disagree')[0])
    expect(terms('a decision without all the information')).toContain(terms('ambiguity')[0])
    expect(terms('a project that went wrong')).toContain(terms('failure')[0])
  })

  it('does not read a phrase that only matches after stop words are gone', () => {
    // "did not work" is a failure phrase; "working with" must not become one.
    expect(terms('working with another team')).not.toContain(terms('failure')[0])
  })
})

describe('typo tolerance', () => {
  it('corrects misspelt words against the vocabulary', () => {
    const analysis = analyzeQuestion('How do you handle ambigous requirements from a stakholder?', {
      correct,
    })
    expect(analysis.corrections).toEqual(
      expect.arrayContaining([
        { from: 'ambigous', to: expect.stringMatching(/^ambigu/) },
        { from: 'stakholder', to: 'stakeholder' },
      ]),
    )
    expect(analysis.terms.map((t) => t.term)).toEqual(
      terms('How do you handle ambiguous requirements from a stakeholder?'),
    )
  })

  it('corrects a misspelling no list names', () => {
    const analysis = analyzeQuestion('an external dependancy slipped', { correct })
    expect(analysis.terms.map((t) => t.term)).toContain(terms('dependency')[0])
  })

  it('leaves correctly spelt words alone', () => {
    expect(analyzeQuestion('a database migration', { correct }).corrections).toEqual([])
  })
})

describe('competency inference', () => {
  const top = (question: string) => analyzeQuestion(question).competencies[0]?.id

  it('names the competency a question probes', () => {
    expect(top('Tell me about a time you disagreed with your manager')).toBe('conflict')
    expect(top('How do you handle ambiguity?')).toBe('ambiguity')
    expect(top('Tell me about a time you failed')).toBe('failure')
    expect(top('How did you grow a junior engineer on your team?')).toBe('leadership')
    expect(top('How do you decide what to work on when everything is urgent?')).toBe('prioritization')
    expect(top('Describe how you convinced people over whom you had no authority')).toBe('influence')
  })

  it('gives confidences between 0 and 1 that add up to at most 1', () => {
    const inferred = analyzeQuestion('Tell me about a conflict with a partner team').competencies
    expect(inferred.length).toBeGreaterThan(0)
    const sum = inferred.reduce((a, c) => a + c.confidence, 0)
    expect(sum).toBeLessThanOrEqual(1.0001)
    for (const c of inferred) expect(c.confidence).toBeGreaterThan(0)
  })

  it('infers nothing from nothing', () => {
    expect(analyzeQuestion('').competencies).toEqual([])
    expect(analyzeQuestion('the and of').competencies).toEqual([])
  })
})
