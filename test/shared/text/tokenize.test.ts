import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { contentTerms, normalize, termKey, tokenize } from '../../../src/shared/text/tokenize'

describe('normalize', () => {
  it('folds accents and case, and keeps other scripts', () => {
    expect(normalize('Café RÉSUMÉ')).toBe('cafe resume')
    expect(tokenize('Конфликт с менеджером')).toEqual(['конфликт', 'с', 'менеджером'])
    expect(tokenize('如何处理冲突')).toEqual(['如何处理冲突'])
  })

  it('finds exactly the words normalize leaves, whatever the text', () => {
    const pieces = fc.constantFrom(
      'a',
      'Z',
      '1',
      '.',
      ' ',
      "'",
      '’',
      '$',
      '%',
      '-',
      'é',
      'ж',
      '🎉',
      '\n',
      'e.g.',
    )
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.array(pieces).map((p) => p.join('')),
    )
    fc.assert(
      fc.property(text, (t) => {
        const normalized = normalize(t)
        expect(tokenize(t)).toEqual(normalized ? normalized.split(/\s+/) : [])
      }),
      { numRuns: 2000 },
    )
  })

  it('drops emoji and punctuation but keeps numbers with decimals', () => {
    expect(tokenize('🚀 Cut p95 by 3.5 seconds!!')).toEqual(['cut', 'p95', 'by', '3.5', 'seconds'])
  })
})

describe('termKey', () => {
  it('lets inflections of one word meet', () => {
    expect(termKey('disagree')).toBe(termKey('disagreed'))
    expect(termKey('migrate')).toBe(termKey('migrated'))
    expect(termKey('migration')).toBe(termKey('migrating'))
    expect(termKey('manage')).toBe(termKey('managed'))
  })

  it.each([
    ['hire', 'hired', 'hiring'],
    ['page', 'paged', 'paging'],
    ['use', 'used', 'using'],
    ['code', 'coded', 'coding'],
  ])('lets short words ending in "e" meet their -ed and -ing forms: %s', (...forms) => {
    expect(new Set(forms.map(termKey)).size).toBe(1)
  })

  it('keeps different words apart', () => {
    expect(termKey('team')).not.toBe(termKey('teach'))
    expect(contentTerms('the team and the data')).toEqual(['team', 'data'])
  })
})
