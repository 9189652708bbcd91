import { describe, expect, it } from 'vitest'
import {
  firstSentence,
  numberBearingSentence,
  sentences,
  trimWords,
} from '../../../src/shared/cheatsheet/text'

describe('sheet text', () => {
  it('splits sentences without breaking decimals or abbreviations', () => {
    expect(sentences('Latency fell 1.5 s, e.g. on checkout. Then we shipped! Done')).toEqual([
      'Latency fell 1.5 s, e.g. on checkout.',
      'Then we shipped!',
      'Done',
    ])
    expect(firstSentence('  ')).toBe('')
    // A unit or a plain "no" at the end of a sentence is not a title.
    expect(sentences('The p99 fell to 120 ms. Then I said no. Ms. Lee agreed.')).toEqual([
      'The p99 fell to 120 ms.',
      'Then I said no.',
      'Ms. Lee agreed.',
    ])
  })

  it('trims to a word budget and marks the cut', () => {
    expect(trimWords('one two three four', 4)).toBe('one two three four')
    expect(trimWords('one two, three four', 2)).toBe('one two…')
  })

  it('finds the first sentence that carries a number', () => {
    expect(numberBearingSentence('It went well. Churn fell from 3.1% to 2.2%. Great.')).toBe(
      'Churn fell from 3.1% to 2.2%.',
    )
    expect(numberBearingSentence('No numbers here.')).toBeNull()
  })
})
