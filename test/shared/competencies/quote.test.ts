import { describe, expect, it } from 'vitest'
import { distinctQuotes, quotablePieces, quotePhrase } from '../../../src/shared/competencies/quote'
import { explainSuggestions } from '../../../src/shared/competencies/suggest'
import { demoStories } from '../../../src/shared/content/demo-vault'
import { StoryFieldsSchema, type StoryFields } from '../../../src/shared/story/schema'
import { LABELLED } from './fixtures'

const story = (fields: Partial<StoryFields>): StoryFields =>
  StoryFieldsSchema.parse({ title: 'A story', ...fields })

function allText(s: StoryFields): string {
  // Tags are matched with their dashes as spaces ("on-call" → "on call"), so quoted that way too.
  const tags = s.tags.map((t) => t.replace(/[-_/]+/g, ' '))
  return [s.title, s.situation, s.task, s.action, s.result, s.learnings, ...s.metrics, ...tags].join('\n')
}

describe('quoting a story', () => {
  it('returns the words as written, with their case, inflection and the words between', () => {
    const pieces = quotablePieces(story({ action: 'We were Blocked for weeks by the platform team.' }))
    expect(quotePhrase(pieces, 'blocked by')).toBe('Blocked for weeks by')
    expect(quotePhrase(pieces, 'blocked')).toBe('Blocked')
    expect(quotePhrase(pieces, 'platform team')).toBe('platform team')
    expect(quotePhrase(pieces, 'blocker')).toBe('Blocked')
  })

  it('skips a cue the story denies', () => {
    const pieces = quotablePieces(story({ result: 'There was no outage; an outage last year taught us.' }))
    expect(quotePhrase(pieces, 'outage')).toBe('outage')
    expect(quotePhrase(quotablePieces(story({ result: 'Never escalated.' })), 'escalated')).toBeUndefined()
  })

  it('keeps apostrophes and accents from the original', () => {
    const pieces = quotablePieces(story({ learnings: 'I couldn’t reach the café owners.' }))
    expect(quotePhrase(pieces, 'could not reach')).toBe('couldn’t reach')
  })

  it('drops quotes that repeat a longer one', () => {
    expect(distinctQuotes(['flaky test', 'flaky', undefined, 'Flaky Test', 'retries'])).toEqual([
      'flaky test',
      'retries',
    ])
  })
})

describe('suggestion evidence', () => {
  it('only ever shows words that are in the story', () => {
    const stories = [...LABELLED.map((l) => l.story), ...demoStories.map((d) => StoryFieldsSchema.parse(d))]
    let quoted = 0
    for (const s of stories) {
      const text = allText(s)
      for (const suggestion of explainSuggestions(s)) {
        for (const quote of suggestion.because ?? []) {
          for (const part of quote.split(' … ')) expect(text, s.title).toContain(part)
          quoted++
        }
      }
    }
    expect(quoted).toBeGreaterThan(100)
  })

  it('does not list a cue the story never says', () => {
    const s = story({
      title: 'Waiting on another team',
      action: 'I was blocked by the platform team for two weeks, so I wrote the adapter myself.',
    })
    const blockers = explainSuggestions(s).find((x) => x.id === 'blockers')
    expect(blockers?.because?.length).toBeGreaterThan(0)
    expect(blockers?.because).not.toContain('blocker')
    expect(blockers?.because).not.toContain('blocked on')
  })
})
