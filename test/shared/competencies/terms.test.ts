import { describe, expect, it } from 'vitest'
import { canonicalTerm, closeEnough, matchTerms, Vocabulary } from '../../../src/shared/competencies/terms'

describe('canonicalTerm', () => {
  it('brings inflections and spellings of one word together', () => {
    const forms = ['prioritize', 'prioritized', 'prioritise', 'prioritization', 'prioritizing'].map(
      canonicalTerm,
    )
    expect(new Set(forms).size).toBe(1)
  })

  it('keeps stop words (phrases need them) but leaves them unstemmed', () => {
    expect(matchTerms('I escalated it to the VP')).toEqual([
      'i',
      canonicalTerm('escalated'),
      'it',
      'to',
      'the',
      'vp',
    ])
  })
})

describe('matchTerms', () => {
  it('spells out negative contractions, with or without the apostrophe', () => {
    expect(matchTerms("couldn't do both")).toEqual(['could', 'not', 'do', 'both'])
    expect(matchTerms('couldnt do both')).toEqual(matchTerms('could not do both'))
    expect(matchTerms('we didnt know')).toEqual(matchTerms('we did not know'))
    expect(matchTerms("it won't scale")).toEqual(['it', 'will', 'not', canonicalTerm('scale')])
  })
})

describe('closeEnough', () => {
  it('accepts one typo in a long word', () => {
    expect(closeEnough('stakholder', 'stakeholder')).toBe(true)
    expect(closeEnough('stakehodler', 'stakeholder')).toBe(true)
  })

  it('rejects short words and different words', () => {
    expect(closeEnough('led', 'lead')).toBe(false)
    expect(closeEnough('customer', 'costume')).toBe(false)
    expect(closeEnough('migration', 'mitigation')).toBe(false)
  })
})

describe('Vocabulary', () => {
  it('resolves a typo to the known word and leaves unknown words alone', () => {
    const v = new Vocabulary()
    v.add('stakeholder')
    expect(v.resolve('stakholder')).toBe('stakeholder')
    expect(v.resolve('kubernetes')).toBe('kubernetes')
  })
})
