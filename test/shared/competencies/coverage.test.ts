import { describe, expect, it } from 'vitest'
import { buildCoverage, competencyRows, storyStrengths } from '../../../src/shared/competencies/coverage'
import { StoryFieldsSchema, type StoryFields } from '../../../src/shared/story/schema'
import { LABELLED } from './fixtures'

const withId = (fields: Partial<StoryFields>, id: string) => ({
  ...StoryFieldsSchema.parse({ title: id, ...fields }),
  id,
})

describe('storyStrengths', () => {
  it('counts assigned fully, suggestions by confidence and rejected not at all', () => {
    const s = StoryFieldsSchema.parse({
      ...LABELLED[0]!.story,
      competencies: ['growth'],
      rejectedCompetencies: ['blockers'],
    })
    const strengths = storyStrengths(s)
    expect(strengths.get('growth')).toEqual({ value: 1, source: 'assigned' })
    expect(strengths.get('partnerships')?.source).toBe('suggested')
    expect(strengths.has('blockers')).toBe(false)
  })
})

describe('buildCoverage', () => {
  const stories = LABELLED.map((l, i) => ({ ...l.story, id: `s${i}` }))

  it('finds gaps where no story is strong', () => {
    const onlyConflict = stories.filter((s) => /disagree|butting/i.test(s.title))
    const coverage = buildCoverage(onlyConflict, competencyRows())
    const gaps = coverage.gaps.map((g) => g.id)
    expect(gaps).toContain('partnerships')
    expect(gaps).not.toContain('conflict')
  })

  it('orders each row strongest first', () => {
    const coverage = buildCoverage(stories, competencyRows())
    for (const row of coverage.rows) {
      const values = row.cells.map((c) => c.value)
      expect(values).toEqual([...values].sort((a, b) => b - a))
    }
  })

  it('flags a story that carries too many rows', () => {
    const everything = withId({ competencies: ['ownership', 'delivery', 'conflict', 'growth'] }, 'hero')
    const coverage = buildCoverage([everything, withId({}, 'other')], competencyRows())
    expect(coverage.overused.map((o) => o.storyId)).toEqual(['hero'])
    expect(coverage.overused[0]!.rows).toHaveLength(4)
    expect(coverage.overused[0]!.alone).toHaveLength(4)
  })

  it('does not flag stories that share their rows with others', () => {
    const one = withId({ competencies: ['ownership', 'delivery', 'conflict'] }, 'one')
    const two = withId({ competencies: ['ownership', 'delivery', 'conflict'] }, 'two')
    expect(buildCoverage([one, two], competencyRows()).overused).toEqual([])
  })

  it('handles 1,000 stories in well under a few seconds', () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({ ...stories[i % stories.length]!, id: `m${i}` }))
    const started = performance.now()
    buildCoverage(many, competencyRows())
    expect(performance.now() - started).toBeLessThan(3000)
  })
})
