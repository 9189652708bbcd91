import { describe, expect, it } from 'vitest'
import {
  CONFIDENT,
  effectiveCompetencies,
  scoreCompetencies,
  suggestCompetencies,
  explainSuggestions,
} from '../../../src/shared/competencies/suggest'
import { parseFramework } from '../../../src/shared/competencies/framework'
import { StoryFieldsSchema, type StoryFields } from '../../../src/shared/story/schema'
import { LABELLED } from './fixtures'
import { IMPLICIT } from './fixtures-implicit'

function story(fields: Partial<StoryFields>): StoryFields {
  return StoryFieldsSchema.parse({ title: 'A story', ...fields })
}

const tiny = parseFramework({
  competencies: [
    {
      id: 'partnerships',
      name: 'Partnerships',
      storySignals: ['partner team', 'stakeholders', 'escalated early'],
      checklist: [{ id: 'shared-goal', label: 'Agreed a shared goal', cues: ['shared goal'] }],
    },
    {
      id: 'prioritization',
      name: 'Prioritization',
      storySignals: ['prioritize', 'said no', 'trade-off'],
      checklist: [{ id: 'criteria', label: 'Ranked by impact', cues: ['impact and effort'] }],
    },
    { id: 'customer', name: 'Customer focus', storySignals: ['customer'], checklist: [] },
  ],
})

describe('suggestCompetencies on realistic stories', () => {
  it('finds the competencies a careful reader would tag (F1 ≥ 0.8 on our own fixtures)', () => {
    let tp = 0
    let fp = 0
    let fn = 0
    for (const { story: s, expect: gold } of LABELLED) {
      const got = effectiveCompetencies({ ...s, competencies: [] })
      tp += got.filter((id) => gold.includes(id)).length
      fp += got.filter((id) => !gold.includes(id)).length
      fn += gold.filter((id) => !got.includes(id)).length
    }
    const precision = tp / (tp + fp)
    const recall = tp / (tp + fn)
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.8)
  })

  it('still finds something in stories told without textbook words', () => {
    // A floor, not a goal: implicit wording depends on the vocabulary in content/competencies.json.
    const found = IMPLICIT.filter((l) => {
      const got = effectiveCompetencies({ ...l.story, competencies: [] })
      return got.some((id) => l.expect.includes(id))
    })
    expect(found.length / IMPLICIT.length).toBeGreaterThanOrEqual(0.4)
  })

  it('returns confidences between 0 and 1, highest first', () => {
    const scores = scoreCompetencies(LABELLED[0]!.story)
    for (const s of scores) expect(s.confidence).toBeGreaterThanOrEqual(0)
    for (const s of scores) expect(s.confidence).toBeLessThanOrEqual(1)
    const values = scores.map((s) => s.confidence)
    expect(values).toEqual([...values].sort((a, b) => b - a))
  })
})

describe("the person's choice wins", () => {
  const text = { action: 'I met the partner team, agreed a shared goal and escalated early to stakeholders.' }

  it('never suggests a rejected competency', () => {
    const s = story({ ...text, rejectedCompetencies: ['partnerships'] })
    expect(suggestCompetencies(s, tiny).map((x) => x.id)).not.toContain('partnerships')
    expect(effectiveCompetencies(s, tiny)).not.toContain('partnerships')
  })

  it('keeps assigned competencies as they are and does not re-suggest them', () => {
    const s = story({ ...text, competencies: ['customer'] })
    expect(effectiveCompetencies(s, tiny)).toEqual(['customer'])
    expect(suggestCompetencies(s, tiny).map((x) => x.id)).toContain('partnerships')
    const withBoth = story({ ...text, competencies: ['partnerships'] })
    expect(suggestCompetencies(withBoth, tiny).map((x) => x.id)).not.toContain('partnerships')
  })

  it('uses confident suggestions when nothing is assigned', () => {
    expect(effectiveCompetencies(story(text), tiny)).toEqual(['partnerships'])
  })
})

describe('real wording', () => {
  it('matches inflections and British spelling', () => {
    for (const word of ['prioritised', 'prioritizing', 'prioritization', 'priorities']) {
      const s = story({ action: `I ${word} the work and said no to two asks.` })
      expect(effectiveCompetencies(s, tiny), word).toContain('prioritization')
    }
  })

  it('tolerates a typo in a longer word', () => {
    const s = story({ action: 'Kept the stakholders informed and escalatd early.' })
    expect(effectiveCompetencies(s, tiny)).toContain('partnerships')
  })

  it('matches phrases with a word or two between, but not across tags', () => {
    const gap = story({ action: 'I escalated the issue early.' })
    // Evidence quotes the story as written, gap words and all, never the framework's cue.
    expect(explainSuggestions(gap, tiny)[0]?.because).toContain('escalated the issue early')
    const tags = story({ title: 'x', tags: ['partner', 'team'] })
    const partnerships = scoreCompetencies(tags, tiny).find((s) => s.id === 'partnerships')
    expect(partnerships?.confidence).toBe(0)
  })

  it('treats a tag naming the competency as strong evidence', () => {
    const s = story({ title: 'Quarter planning', tags: ['prioritization'] })
    expect(effectiveCompetencies(s, tiny)).toEqual(['prioritization'])
  })
})

describe('edge cases', () => {
  it('suggests nothing for an empty story or another script', () => {
    expect(effectiveCompetencies(story({}))).toEqual([])
    expect(
      effectiveCompetencies(
        story({ title: 'Миграция', action: 'Мы перенесли базу данных. 私はチームを率いた。' }),
      ),
    ).toEqual([])
  })

  it('does not suggest everything for a very long story', () => {
    const s = LABELLED.map((l) => [l.story.situation, l.story.action, l.story.result].join(' ')).join(' ')
    const long = story({ action: s.slice(0, 20_000), result: s.slice(20_000, 40_000) })
    expect(effectiveCompetencies(long).length).toBeLessThanOrEqual(4)
  })

  it('does not let one passing word in a long neutral story count as confident', () => {
    const filler = 'The service handles requests and stores records in tables. '.repeat(60)
    const s = story({ action: `${filler} A customer asked about it.` })
    const customer = scoreCompetencies(s).find((x) => x.id === 'customer')
    expect(customer?.confidence ?? 0).toBeLessThan(CONFIDENT)
  })

  it('scores 100 KB of text quickly', () => {
    const big =
      'We migrated the billing service while mentoring two juniors and escalating blockers. '.repeat(230)
    const s = story({ situation: big, task: big, action: big, result: big, learnings: big })
    const started = performance.now()
    scoreCompetencies(s)
    expect(performance.now() - started).toBeLessThan(500)
  })
})

describe('phrases with small words', () => {
  const framework = parseFramework({
    competencies: [
      { id: 'failure', name: 'Failure', storySignals: ['did not work'], checklist: [] },
      { id: 'influence', name: 'Influence', storySignals: ['not my team'], checklist: [] },
    ],
  })

  it('needs the small words of a cue, not just its one content word', () => {
    const s = story({ action: 'My team did the work and the plan worked.' })
    expect(scoreCompetencies(s, framework).every((x) => x.confidence === 0)).toBe(true)
    const t = story({ action: 'The first fix did not work, and it was not my team.' })
    const found = scoreCompetencies(t, framework).filter((x) => x.confidence > 0)
    expect(found.map((x) => x.id).sort()).toEqual(['failure', 'influence'])
  })
})

describe('how many competencies a story is told for', () => {
  const framework = parseFramework({
    competencies: [
      {
        id: 'failure',
        name: 'Failure',
        storySignals: ['outage', 'rolled back', 'postmortem', 'my mistake', 'broke'],
      },
      {
        id: 'customer',
        name: 'Customer',
        storySignals: ['customer', 'support ticket', 'called them', 'refund'],
      },
      { id: 'delivery', name: 'Delivery', storySignals: ['shipped', 'on time', 'milestone', 'deadline'] },
    ],
  })
  const incident = {
    title: 'My mistake: the outage our biggest customer saw',
    action:
      'My config push broke checkout, an outage for our biggest customer. I rolled back, called them, sent a refund, answered the support ticket and wrote the postmortem.',
  }
  const confidences = (s: StoryFields) =>
    new Map(scoreCompetencies(s, framework).map((x) => [x.id, x.confidence]))

  it('leaves out a third competency that is confident but well behind the first', () => {
    const s = story({
      ...incident,
      result:
        'The fix shipped on time, a day before the deadline, and the milestone after it shipped on time too.',
    })
    const scores = confidences(s)
    expect(scores.get('delivery')).toBeGreaterThanOrEqual(CONFIDENT)
    expect(scores.get('delivery')).toBeLessThan((scores.get('failure') ?? 0) * 0.7)
    expect(effectiveCompetencies(s, framework)).toEqual(['failure', 'customer'])
  })

  it('keeps a third one that comes close to the first', () => {
    const s = story({
      ...incident,
      task: 'Ship the fix before the deadline and keep the milestone on time.',
      result:
        'The fix shipped on time, a day before the deadline, and the milestone after it shipped on time too.',
    })
    expect(effectiveCompetencies(s, framework)).toEqual(['failure', 'customer', 'delivery'])
  })
})

describe('calibration and weak cues', () => {
  const competency = {
    id: 'partnerships',
    name: 'Partnerships',
    storySignals: ['partner team', 'weekly sync'],
  }
  const s = story({ action: 'I set up a weekly sync with the partner team.' })
  const confidenceWith = (extra: object) =>
    scoreCompetencies(s, parseFramework({ competencies: [{ ...competency, ...extra }] }))[0]?.confidence ?? 0

  it('scales a competency by its calibration', () => {
    expect(confidenceWith({ calibration: 0.5 })).toBeLessThan(confidenceWith({}))
    expect(confidenceWith({ calibration: 2 })).toBeGreaterThan(confidenceWith({}))
  })

  it('counts a cue listed as weak for less, but not for nothing', () => {
    const weak = confidenceWith({ weakCues: ['weekly sync'] })
    expect(weak).toBeLessThan(confidenceWith({}))
    expect(weak).toBeGreaterThan(confidenceWith({ storySignals: ['partner team'] }))
  })
})
