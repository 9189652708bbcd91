import { describe, expect, it } from 'vitest'
import {
  formFromStory,
  formPatchFromFields,
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
    const result = validateForm(formFromStory(story), 's1')
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = story
    expect(result.draft).toEqual({ ...fields, id: 's1' })
  })

  it('reads numbers as typed, with thousands separators, and empty as unknown', () => {
    const form = { ...formFromStory(story), people: '1,200', teams: '', durationWeeks: ' 6 ' }
    const result = validateForm(form, 's1')
    expect(result.ok && [result.draft.people, result.draft.teams, result.draft.durationWeeks]).toEqual([
      1200,
      null,
      6,
    ])
  })

  it('explains numbers it cannot use', () => {
    const result = validateForm({ ...formFromStory(story), year: '24', teams: 'three' }, 's1')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.year).toMatch(/whole number from 1,950 to 2,100/)
    expect(result.errors.teams).toMatch(/whole number/)
  })

  it('needs a title', () => {
    const result = validateForm({ ...formFromStory(story), title: '   ' }, 's1')
    expect(!result.ok && result.errors.title).toBe('A story needs a title.')
  })

  it('reports an oversized paste at once and keeps the text as it was', () => {
    const huge = 'x'.repeat(10 * 1024 * 1024)
    const form = { ...formFromStory(story), situation: huge, metrics: huge }
    const started = performance.now()
    const result = validateForm(form, 's1')
    expect(performance.now() - started).toBeLessThan(100)
    expect(!result.ok && result.errors.situation).toMatch(/limited to 20,000 characters/)
    expect(!result.ok && result.errors.metrics).toMatch(/50 metrics/)
    expect(form.situation.length).toBe(huge.length)
  })

  it('flags a title one character over the limit, not at the limit', () => {
    const at = validateForm({ ...formFromStory(story), title: 't'.repeat(LIMITS.title) }, 's1')
    const over = validateForm({ ...formFromStory(story), title: 't'.repeat(LIMITS.title + 1) }, 's1')
    expect(at.ok).toBe(true)
    expect(!over.ok && over.errors.title).toMatch(/Title is limited to 200/)
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
