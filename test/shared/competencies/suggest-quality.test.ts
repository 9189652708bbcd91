import { describe, expect, it } from 'vitest'
import { effectiveCompetencies, scoreCompetencies } from '../../../src/shared/competencies/suggest'
import { defaultFramework, parseFramework } from '../../../src/shared/competencies/framework'
import { StoryFieldsSchema, type StoryFields } from '../../../src/shared/story/schema'
import type { LabelledStory } from './fixtures'
import { DEV_SET } from './fixtures-dev'
import { HOLDOUT } from './fixtures-holdout'
import { FINAL } from './fixtures-holdout-final'
import { FRESH } from './fixtures-holdout-fresh'
import { IMPLICIT } from './fixtures-implicit'

function f1(stories: LabelledStory[]): number {
  let tp = 0
  let fp = 0
  let fn = 0
  for (const { story, expect: gold } of stories) {
    const got = effectiveCompetencies({ ...story, competencies: [] })
    tp += got.filter((id) => gold.includes(id)).length
    fp += got.filter((id) => !gold.includes(id)).length
    fn += gold.filter((id) => !got.includes(id)).length
  }
  const precision = tp / Math.max(1, tp + fp)
  const recall = tp / Math.max(1, tp + fn)
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
}

function story(fields: Partial<StoryFields>): StoryFields {
  return StoryFieldsSchema.parse({ title: 'A story', ...fields })
}

describe('competency suggestion on indirect, everyday wording', () => {
  it('the development set labels every competency at least four times', () => {
    for (const { id } of defaultFramework.competencies) {
      const labelled = DEV_SET.filter((s) => s.expect.includes(id)).length
      expect(labelled, id).toBeGreaterThanOrEqual(4)
    }
  })

  // Floors a little under today's figures (dev 0.84, implicit 0.93): a drop means cues or knobs regressed.
  it('keeps F1 ≥ 0.8 on the development set', () => {
    expect(f1(DEV_SET)).toBeGreaterThanOrEqual(0.8)
  })

  it('keeps F1 ≥ 0.85 on the implicit stories', () => {
    expect(f1(IMPLICIT)).toBeGreaterThanOrEqual(0.85)
  })

  // Held-out sets (today 0.70 and 0.77) are never tuned on; these floors only catch a collapse.
  it('keeps F1 ≥ 0.6 on stories written after tuning', () => {
    expect(f1([...FRESH, ...FINAL])).toBeGreaterThanOrEqual(0.6)
    expect(f1(HOLDOUT)).toBeGreaterThanOrEqual(0.6)
  })
})

describe('reading what happened', () => {
  const framework = parseFramework({
    competencies: [
      { id: 'failure', name: 'Failure', storySignals: ['outage', 'made things worse'] },
      { id: 'prioritization', name: 'Prioritization', storySignals: ["couldn't do both"] },
    ],
  })
  const confidence = (s: StoryFields, id: string) =>
    scoreCompetencies(s, framework).find((x) => x.id === id)?.confidence ?? 0

  it('does not count a cue the story denies', () => {
    expect(confidence(story({ result: 'We had an outage.' }), 'failure')).toBeGreaterThan(0)
    expect(confidence(story({ result: 'No outage this time.' }), 'failure')).toBe(0)
    expect(confidence(story({ result: 'There was never an outage.' }), 'failure')).toBe(0)
  })

  it('meets a contraction however it is typed', () => {
    for (const text of ['We could not do both.', "We couldn't do both.", 'we couldnt do both']) {
      expect(confidence(story({ situation: text }), 'prioritization'), text).toBeGreaterThan(0)
    }
  })

  it('finds the main competency of a short everyday story', () => {
    const s = story({
      title: 'The cache that made things worse',
      action: 'My cache made things worse under load, so I turned it off and load tested properly.',
    })
    expect(effectiveCompetencies(s, framework)).toEqual(['failure'])
  })
})
