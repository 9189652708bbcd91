import { describe, expect, it } from 'vitest'
import { parseJsonStories } from '../../../src/shared/transfer/json-import'
import { describeIssue } from '../../../src/shared/transfer/types'
import { fixture } from './fixtures'

describe('JSON import', () => {
  it('reads a plain array with lenient values and reports unknown keys', () => {
    const outcome = parseJsonStories(fixture('plain-array.json').text)
    expect(outcome.errors).toEqual([])
    expect(outcome.stories[0]).toMatchObject({
      title: 'Won over a skeptical partner team',
      competencies: ['partnerships', 'influence'],
      tags: ['search', 'partner-team'],
      year: 2023,
      people: 15,
      reach: 'multi-team',
    })
    expect(outcome.stories[1]).toMatchObject({ title: 'A short one', year: 2020, situation: '' })
    expect(outcome.warnings).toEqual(['Unknown key "mood" was ignored (record 1).'])
  })

  it('names the record (index and title) and the field of an invalid record', () => {
    const outcome = parseJsonStories(fixture('invalid-record.json').text)
    expect(outcome.errors.map(describeIssue)).toEqual([
      'Record 2 ("Bad year story"): Year — "someday" is not a year like 2023',
    ])
  })

  it('keeps an unknown competency as a tag, with a warning', () => {
    const outcome = parseJsonStories('[{"title":"T","competencies":["Ownership","Think Big"]}]')
    expect(outcome.stories[0]).toMatchObject({ competencies: ['ownership'], tags: ['Think Big'] })
    expect(outcome.warnings[0]).toMatch(/Think Big/)
  })

  it('checks a backup strictly and refuses one from a newer app', () => {
    const bad = parseJsonStories('{"schemaVersion":1,"stories":[{"id":"a","title":"x"}]}')
    expect(bad.errors[0]).toMatchObject({ record: 'Record 1', title: 'x' })
    const newer = parseJsonStories('{"schemaVersion":99,"stories":[]}')
    expect(newer.errors[0]?.message).toMatch(/newer Story Vault/)
  })

  it('refuses text that is not JSON, and JSON that holds no stories', () => {
    expect(parseJsonStories('{oops', 'x.json').errors[0]?.message).toMatch(/not valid JSON/)
    expect(parseJsonStories('42', 'x.json').errors[0]?.message).toMatch(/list of stories/)
    expect(parseJsonStories('[1]').errors[0]).toMatchObject({ record: 'Record 1' })
  })

  it('ignores __proto__ keys without polluting anything', () => {
    const outcome = parseJsonStories('[{"title":"T","__proto__":{"polluted":true}}]')
    expect(outcome.stories).toHaveLength(1)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('links and short versions in JSON', () => {
  it('reads `questions` and `shortVersion` on a record', () => {
    const outcome = parseJsonStories(
      JSON.stringify([
        {
          title: 'Late launch',
          questions: ['Tell me about a missed deadline', 'How do you handle slipping dates?'],
          shortVersion: 'We slipped two weeks; I cut scope and told the customer early.',
        },
      ]),
    )
    expect(outcome.errors).toEqual([])
    expect(outcome.stories[0]).toMatchObject({
      questions: ['Tell me about a missed deadline', 'How do you handle slipping dates?'],
      shortVersion: 'We slipped two weeks; I cut scope and told the customer early.',
    })
  })

  it('says so when a backup carries own questions and practice history it does not import', () => {
    const outcome = parseJsonStories(
      JSON.stringify({
        schemaVersion: 2,
        stories: [],
        ownQuestions: [
          { id: 'q1', text: 'Why us?', competencies: [], createdAt: '2026-01-01T00:00:00.000Z' },
        ],
        practice: { cards: [], history: [] },
      }),
    )
    expect(outcome.warnings.join(' ')).toMatch(/own questions and practice history are not imported/)
  })

  it('refuses an oversized linked question, naming the record', () => {
    const outcome = parseJsonStories(JSON.stringify([{ title: 'Big', questions: ['x'.repeat(501)] }]))
    expect(outcome.stories).toEqual([])
    expect(outcome.errors[0]).toMatchObject({ record: 'Record 1', field: 'Questions' })
  })
})
