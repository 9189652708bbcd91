import { describe, expect, it } from 'vitest'
import { assessScope } from '../../../src/shared/scope/assess'
import { StoryFieldsSchema, type StoryFields } from '../../../src/shared/story/schema'
import { LABELLED } from '../competencies/fixtures'
import { IMPLICIT } from '../competencies/fixtures-implicit'

const story = (fields: Partial<StoryFields>): StoryFields =>
  StoryFieldsSchema.parse({ title: 'A story', ...fields })

describe('assessScope from scope facts', () => {
  it('flags one-team reach for staff, with a reason and fixes', () => {
    const a = assessScope(story({ reach: 'team', people: 4, teams: 1 }), 'staff')
    expect(a.smallForLevel).toBe(true)
    expect(a.fromText).toBe(false)
    expect(a.reasons[0]).toMatch(/Reach is one team; Staff stories usually span two or more teams/)
    expect(a.fixes.join(' ')).toMatch(/how many teams/)
  })

  it('accepts multi-team reach for staff and one team for senior', () => {
    expect(assessScope(story({ reach: 'multi-team', teams: 3 }), 'staff').smallForLevel).toBe(false)
    expect(assessScope(story({ reach: 'team', people: 5 }), 'senior').smallForLevel).toBe(false)
  })

  it('lets counts raise a stated reach but never lower it', () => {
    expect(assessScope(story({ reach: 'team', teams: 3 }), 'staff').reach).toBe('multi-team')
    expect(assessScope(story({ reach: 'org', teams: 1 }), 'staff').reach).toBe('org')
  })

  it('judges team-level roles on the size of the team', () => {
    const a = assessScope(story({ reach: 'team', people: 2 }), 'manager')
    expect(a.smallForLevel).toBe(true)
    expect(a.reasons.join(' ')).toMatch(/2 people/)
  })

  it('needs an organisation for principal', () => {
    expect(assessScope(story({ reach: 'multi-team', teams: 2 }), 'principal').smallForLevel).toBe(true)
    expect(assessScope(story({ reach: 'company' }), 'principal').smallForLevel).toBe(false)
  })
})

describe('assessScope from text', () => {
  it('marks facts read from text', () => {
    const a = assessScope(story({ action: 'I led 3 engineers across 4 teams over two quarters.' }), 'staff')
    expect(a).toMatchObject({ fromText: true, teams: 4, people: 3, durationWeeks: 26, smallForLevel: false })
    expect(a.reasons.join(' ')).toMatch(/Read from the story's words/)
  })

  it('prefers the fields to the text', () => {
    const a = assessScope(story({ teams: 1, reach: 'team', action: 'across 4 teams' }), 'staff')
    expect(a.teams).toBe(1)
  })

  it('flags a weekend fix and says why', () => {
    const a = assessScope(story({ action: 'Just me, over a weekend, I rewrote the importer.' }), 'staff')
    expect(a.smallForLevel).toBe(true)
    expect(a.reasons.join(' ')).toMatch(/a few days/)
  })

  it('counts a very short effort at the edge of the level as small', () => {
    const weekend = assessScope(
      story({ action: 'Over a weekend I coordinated a fix across 3 teams.' }),
      'staff',
    )
    expect(weekend.smallForLevel).toBe(true)
    expect(weekend.reasons[0]).toMatch(/lasted only a few days/)
    const quarters = assessScope(
      story({ action: 'Over two quarters I coordinated a fix across 3 teams.' }),
      'staff',
    )
    expect(quarters.smallForLevel).toBe(false)
    // Weeks read from text are as often one step of the story ("the fix shipped in 2 weeks").
    const step = assessScope(
      story({ action: 'Worked with 4 different squads; the cache fix shipped in 2 weeks.' }),
      'staff',
    )
    expect(step.smallForLevel).toBe(false)
  })

  it('treats a story that never says its scope as small for staff, however large the money', () => {
    expect(assessScope(story({ action: 'I rewrote the parser.' }), 'staff').smallForLevel).toBe(true)
    const money = assessScope(story({ action: 'Saved $2M a year.' }), 'staff')
    expect(money.smallForLevel).toBe(true)
    expect(money.reasons.join(' ')).toMatch(/Impact is large/)
  })

  it('agrees with our labelled fixtures', () => {
    const wrong = [...LABELLED, ...IMPLICIT].filter(
      (l) => assessScope(l.story, 'staff').smallForLevel !== l.smallForStaff,
    )
    expect(wrong.map((l) => l.story.title)).toEqual([])
  })
})
