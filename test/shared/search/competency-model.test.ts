import { describe, expect, it } from 'vitest'
import { analyzeText } from '../../../src/shared/search/analyze'
import { createCompetencyModel, questionWords } from '../../../src/shared/search/competency-model'
import { createLexicon } from '../../../src/shared/search/vocabulary'

const lexicon = createLexicon({
  boilerplate: ['tell me about a time'],
  questionFiller: [],
  synonyms: [],
  competencyCues: {},
  scopeSeeking: [],
})
const model = createCompetencyModel(
  { cues: { prioritization: ['say no', 'trade-off'], partnerships: ['other team'] }, examples: [] },
  lexicon,
)
const infer = (question: string) =>
  model.infer(analyzeText(question, lexicon, { mode: 'question' }), questionWords(question)).map((c) => c.id)

describe('cues that are mostly stop words', () => {
  it('match as the whole phrase', () => {
    expect(infer('How do you say no to your manager?')).toEqual(['prioritization'])
    expect(infer('Tell me about a time you needed the other team')).toEqual(['partnerships'])
  })

  it('do not fire on their one content word alone', () => {
    expect(infer('What did you say to your team?')).toEqual([])
    expect(infer('Tell me about a time your team chose the opposite')).toEqual([])
  })

  it('are not offered as single-word cues for boosting question words', () => {
    expect(model.cueTerms('prioritization').has('say')).toBe(false)
    expect(model.cueTerms('partnerships').has('team')).toBe(false)
  })

  it('still match ordinary multi-word cues by their content words', () => {
    expect(infer('Describe a tough trade-off you made')).toEqual(['prioritization'])
  })
})
