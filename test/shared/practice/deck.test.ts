import { describe, expect, it } from 'vitest'
import { questionBank } from '../../../src/shared/content/question-bank'
import { lensById } from '../../../src/shared/content/lenses'
import { buildDeck, type DeckSources } from '../../../src/shared/practice/deck'
import { reviewCard } from '../../../src/shared/practice/schedule'
import type { OwnQuestion } from '../../../src/shared/practice/schema'
import { summarizeSession } from '../../../src/shared/practice/summary'
import { emptyStoryFields, type Story } from '../../../src/shared/story/schema'

const NOW = new Date('2026-05-10T09:00:00.000Z')

function story(id: string, title: string, questions: string[] = []): Story {
  return {
    ...emptyStoryFields(title),
    id,
    questions,
    shortVersion: `${title}, in thirty seconds.`,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  }
}

const own: OwnQuestion[] = [
  {
    id: 'o1',
    text: 'Why did you leave your last job?',
    competencies: ['growth'],
    createdAt: '2026-02-01T00:00:00.000Z',
  },
  {
    id: 'o2',
    text: 'Tell me about your worst outage',
    competencies: ['failure'],
    createdAt: '2026-02-02T00:00:00.000Z',
  },
]
const stories = [
  story('a', 'Outage at launch', ['Tell me about your worst outage']),
  story('b', 'Left for a startup'),
]

function sources(extra: Partial<DeckSources> = {}): DeckSources {
  return { stories, ownQuestions: own, cards: [], suggest: () => 'b', ...extra }
}

describe('practice decks', () => {
  it('due: the cards due now, with their story and its 30-second version', () => {
    const cards = [
      reviewCard(
        null,
        { question: 'Tell me about your worst outage', storyId: 'a' },
        'again',
        new Date('2026-05-01T09:00:00.000Z'),
      ),
      reviewCard(
        null,
        { question: 'Why did you leave your last job?', storyId: 'b' },
        'easy',
        new Date('2026-05-09T09:00:00.000Z'),
      ),
    ]
    const deck = buildDeck({ source: { kind: 'due' }, length: 5 }, sources({ cards }), NOW)
    expect(deck.cards).toEqual([
      expect.objectContaining({
        question: 'Tell me about your worst outage',
        story: { id: 'a', title: 'Outage at launch', shortVersion: 'Outage at launch, in thirty seconds.' },
        storySource: 'linked',
      }),
    ])
    expect(deck.message).toMatch(/Only 1/)
    expect(deck.targetSeconds).toBe(120)
  })

  it('mine: own questions only, the linked story or else the suggested one', () => {
    const deck = buildDeck({ source: { kind: 'mine' }, length: 5 }, sources(), NOW)
    expect(deck.cards.map((c) => [c.question, c.story?.id, c.storySource])).toEqual([
      ['Why did you leave your last job?', 'b', 'suggested'],
      ['Tell me about your worst outage', 'a', 'linked'],
    ])
  })

  it('competency: exactly the asked length, all probing it, own questions first', () => {
    const deck = buildDeck(
      { source: { kind: 'competency', competency: 'failure' }, length: 10 },
      sources(),
      NOW,
    )
    expect(deck.cards).toHaveLength(10)
    expect(deck.cards.every((c) => c.competencies.includes('failure'))).toBe(true)
    expect(deck.cards[0]?.question).toBe('Tell me about your worst outage')
  })

  it('lens: questions spread over the lens items', () => {
    const lens = lensById('amazon')
    expect(lens).toBeDefined()
    const deck = buildDeck({ source: { kind: 'lens', lens: 'amazon' }, length: 20 }, sources(), NOW)
    expect(deck.cards).toHaveLength(20)
    const itemsTouched = lens!.items.filter((item) =>
      deck.cards.some((c) => c.competencies.some((id) => item.competencies.includes(id))),
    )
    expect(itemsTouched.length).toBeGreaterThanOrEqual(Math.min(lens!.items.length, 8))
    const unknown = buildDeck({ source: { kind: 'lens', lens: 'nope' }, length: 5 }, sources(), NOW)
    expect(unknown).toMatchObject({ cards: [], message: 'There is no company lens “nope”.' })
  })

  it('picked: the hand-picked questions, in order, with what they probe', () => {
    const picked = [questionBank[0]!.text, 'Why did you leave your last job?']
    const deck = buildDeck({ source: { kind: 'picked', questions: picked }, length: 5 }, sources(), NOW)
    expect(deck.cards.map((c) => c.question)).toEqual(picked)
    expect(deck.cards[0]?.competencies).toEqual(questionBank[0]!.competencies)
    expect(deck.cards[1]?.competencies).toEqual(['growth'])
  })

  it('the least recently practised questions come first', () => {
    const cards = [
      reviewCard(
        null,
        { question: 'Why did you leave your last job?', storyId: 'b' },
        'good',
        new Date('2026-05-01T00:00:00.000Z'),
      ),
    ]
    const deck = buildDeck({ source: { kind: 'mine' }, length: 5 }, sources({ cards }), NOW)
    expect(deck.cards.map((c) => c.question)).toEqual([
      'Tell me about your worst outage',
      'Why did you leave your last job?',
    ])
  })
})

describe('session summary', () => {
  it('time against the target, ratings, stories used twice, competencies that went badly', () => {
    const entry = (
      n: number,
      question: string,
      storyId: string,
      rating: 'again' | 'hard' | 'good' | 'easy',
      seconds: number,
    ) => ({
      id: `e${n}`,
      at: '2026-05-10T09:00:00.000Z',
      question,
      storyId,
      rating,
      seconds,
      note: '',
    })
    const summary = summarizeSession(
      [
        entry(1, 'Tell me about your worst outage', 'a', 'again', 200),
        entry(2, 'Describe a failure', 'a', 'hard', 100),
        entry(3, 'Why did you leave your last job?', 'b', 'good', 90),
      ],
      stories,
      (q) => (q === 'Why did you leave your last job?' ? ['growth'] : ['failure']),
      120,
    )
    expect(summary).toMatchObject({
      answers: 3,
      totalSeconds: 390,
      averageSeconds: 130,
      overTarget: 1,
      ratings: { again: 1, hard: 1, good: 1, easy: 0 },
      repeatedStories: [{ id: 'a', title: 'Outage at launch', times: 2 }],
      weakCompetencies: [{ id: 'failure', again: 1, hard: 1, total: 2 }],
    })
    expect(summary.perAnswer[0]).toMatchObject({ seconds: 200, overTarget: true, rating: 'again' })
  })
})
