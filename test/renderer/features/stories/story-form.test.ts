import { describe, expect, it } from 'vitest'
import {
  formFromStory,
  formPatchFromFields,
  invalidFields,
  metricLines,
  refusedPasteMessage,
  validateForm,
} from '../../../../src/renderer/src/features/stories/story-form'
import { LIMITS } from '../../../../src/shared/story/limits'
import { makeStory } from '../../fake-bridge'

const story = makeStory({
  id: 's1',
  title: 'Led the incident review',
  year: 2024,
  people: 12,
  reach: 'team',
  metrics: ['MTTR 4h → 40m', 'pages -60%'],
  tags: ['incidents'],
})

describe('story form', () => {
  it('round-trips a story through the form', () => {
    const result = validateForm(formFromStory(story), story)
    expect(result.complete).toBe(true)
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = story
    expect(result.draft).toEqual({ ...fields, id: 's1' })
  })

  it('reads numbers as import does: separators, "~40", "2k", units, and empty as unknown', () => {
    const form = { ...formFromStory(story), people: '~40', teams: '', durationWeeks: '3 months' }
    const result = validateForm(form, story)
    expect([result.draft?.people, result.draft?.teams, result.draft?.durationWeeks]).toEqual([40, null, 13])
    expect(result.notes.people).toBe('Read as 40.')
    expect(validateForm({ ...form, people: '1,200' }, story).draft?.people).toBe(1200)
    expect(validateForm({ ...form, people: '1,200' }, story).notes.people).toBeUndefined()
    expect(validateForm({ ...form, people: '2k' }, story).draft?.people).toBe(2000)
  })

  it('explains every number it cannot use, years without thousands separators', () => {
    const result = validateForm({ ...formFromStory(story), year: '22', teams: 'three' }, story)
    expect(result.complete).toBe(false)
    expect(result.errors.year).toBe('Year must be a whole number from 1950 to 2100.')
    expect(result.errors.teams).toBe('Teams involved must be a whole number from 0 to 100,000.')
    expect(invalidFields(result.errors).map((i) => i.label)).toEqual(['Year', 'Teams involved'])
  })

  it('keeps every valid field in the draft and the invalid ones at their saved value', () => {
    const form = { ...formFromStory(story), year: '22', learnings: 'Write the runbook first.', title: '' }
    const result = validateForm(form, story)
    expect(result.draft).toMatchObject({
      year: 2024,
      title: 'Led the incident review',
      learnings: 'Write the runbook first.',
    })
    expect(Object.keys(result.errors)).toEqual(['title', 'year'])
  })

  it('asks "Is that right?" about implausible counts without refusing them', () => {
    const result = validateForm({ ...formFromStory(story), people: '1000000', teams: '50,000' }, story)
    expect(result.complete).toBe(true)
    expect(result.draft?.people).toBe(1_000_000)
    expect(result.notes.people).toMatch(/^Is that right\? 1,000,000 people/)
    expect(result.notes.teams).toMatch(/^Is that right\? 50,000 teams/)
    expect(validateForm({ ...formFromStory(story), people: '120' }, story).notes.people).toBeUndefined()
  })

  it('needs a title', () => {
    const result = validateForm({ ...formFromStory(story), title: '   ' }, story)
    expect(result.errors.title).toBe('A story needs a title.')
  })

  it('reports an oversized paste at once and keeps the text as it was', () => {
    const huge = 'x'.repeat(10 * 1024 * 1024)
    const form = { ...formFromStory(story), situation: huge, metrics: huge }
    const started = performance.now()
    const result = validateForm(form, story)
    expect(performance.now() - started).toBeLessThan(100)
    expect(result.errors.situation).toMatch(/limited to 20,000 characters/)
    expect(result.errors.metrics).toMatch(/50 metrics/)
    expect(result.draft?.situation).toBe(story.situation)
    expect(form.situation.length).toBe(huge.length)
  })

  it('flags a title one character over the limit, not at the limit', () => {
    const at = validateForm({ ...formFromStory(story), title: 't'.repeat(LIMITS.title) }, story)
    const over = validateForm({ ...formFromStory(story), title: 't'.repeat(LIMITS.title + 1) }, story)
    expect(at.complete).toBe(true)
    expect(over.errors.title).toMatch(/Title is limited to 200/)
  })

  it('lets a paste a little over the limit in, to trim in place, and refuses a huge one', () => {
    expect(refusedPasteMessage('situation', LIMITS.longText * 2)).toBeNull()
    expect(refusedPasteMessage('title', 10_000)).toMatch(
      /not added: it would make Title 10,000 characters long, and it holds 200/,
    )
    expect(refusedPasteMessage('year', 10_000_000)).toBeNull()
  })

  it('takes one metric per non-empty line', () => {
    expect(metricLines(' a \n\n b\r\nc ')).toEqual(['a', 'b', 'c'])
  })

  it('turns fields changed elsewhere into form edits', () => {
    expect(
      formPatchFromFields({ competencies: ['ownership'], year: 2020, reach: null, metrics: ['x', 'y'] }),
    ).toEqual({
      competencies: ['ownership'],
      year: '2020',
      reach: '',
      metrics: 'x\ny',
    })
  })
})
