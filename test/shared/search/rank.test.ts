import { describe, expect, it } from 'vitest'
import { demoStories } from '../../../src/shared/content'
import { buildSearchIndex } from '../../../src/shared/search/index'
import { searchStories, seeksScope } from '../../../src/shared/search/rank'
import { RANK_WEIGHTS } from '../../../src/shared/search/weights'
import { fixtureStories } from './fixtures'

const index = buildSearchIndex(fixtureStories)
const top = (question: string, level: 'senior' | 'staff' = 'staff') =>
  searchStories(index, question, { level, limit: 5 }).results.map((r) => r.id)

describe('ranking on a small realistic vault', () => {
  it.each([
    ['Tell me about a time you disagreed with your manager', 'director-rewrite'],
    ['Describe a database migration you led', 'oracle-billing'],
    ['How do you handle ambiguous requirements?', 'mobile-no-spec'],
    ['Tell me about a time you made a mistake', 'config-outage'],
    ['Give me an example of working with a partner team toward a shared goal', 'checkout-partners'],
    ['How do you decide what to drop when there is too much work?', 'roadmap-cut'],
    ['Tell me about someone you mentored', 'mentoring-oncall'],
    ['Describe a time you influenced people you had no authority over', 'api-style-guide'],
    ['When did you learn a new technology quickly?', 'rust-pipeline'],
    ['Tell me about a time you went out of your way for customers', 'refund-support'],
    ['What did you do when a launch was blocked on other teams?', 'security-review'],
  ])('%s → %s first', (question, expected) => {
    expect(top(question)[0]).toBe(expected)
  })

  it('tolerates typos in the question', () => {
    const response = searchStories(index, 'How do you handle ambigous requirments?', { level: 'staff' })
    expect(response.analysis.corrections.map((c) => c.from)).toContain('ambigous')
    expect(response.results[0]?.id).toBe('mobile-no-spec')
    expect(top('a dependancy on another team blocked our launch')[0]).toBe('security-review')
  })

  it('finds a small story when the question names its topic', () => {
    const response = searchStories(index, 'Tell me about moving off Oracle to Postgres', { level: 'staff' })
    const first = response.results[0]
    expect(first?.id).toBe('oracle-billing')
    expect(first?.smallForLevel).toBe(true)
    expect(first?.reasons.join(' ')).toMatch(/small for a Staff interview/)
  })

  it('puts the bigger example first at staff among equally relevant stories', () => {
    const question = 'Tell me about a time you took ownership of on-call pain'
    const staff = top(question, 'staff')
    expect(staff.indexOf('oncall-reform')).toBeLessThan(staff.indexOf('mentoring-oncall'))
  })

  it('explains each result in plain sentences and lists matched words for highlighting', () => {
    const [first] = searchStories(index, 'Tell me about a time you disagreed with your director', {
      level: 'staff',
    }).results
    expect(first?.competencies).toContain('conflict')
    expect(first?.matched).toEqual(expect.arrayContaining(['director', 'disagreed']))
    expect(first?.reasons.some((r) => /Resolving conflict|conflict/i.test(r))).toBe(true)
    expect(first?.reasons.some((r) => /Mentions/.test(r))).toBe(true)
    expect(first?.scope.summary).toMatch(/reach team/)
  })

  it('respects the limit and orders by score', () => {
    const results = searchStories(index, 'team', { level: 'staff', limit: 3 }).results
    expect(results.length).toBeLessThanOrEqual(3)
    for (let i = 1; i < results.length; i++) {
      expect(results[i - 1]!.score).toBeGreaterThanOrEqual(results[i]!.score)
    }
  })

  it('reports the inferred competencies with the results', () => {
    const response = searchStories(index, 'How do you handle conflict?', { level: 'senior' })
    expect(response.competencies[0]?.id).toBe('conflict')
  })
})

describe('questions that ask for the biggest example', () => {
  const projects = buildSearchIndex([
    {
      ...fixtureStories[0]!,
      id: 'small-project',
      title: 'Led a project to tidy our team dashboards',
      situation: 'Our dashboards were a mess.',
      action: 'I led a small project to rebuild them with two teammates.',
      reach: 'team',
      people: 3,
      teams: 1,
    },
    {
      ...fixtureStories[0]!,
      id: 'large-project',
      title: 'Moved eleven teams onto one release process',
      situation: 'Releases were slow across the company.',
      action: 'I ran the rollout with eleven teams and their managers over two quarters.',
      reach: 'company',
      people: 90,
      teams: 11,
    },
  ])
  const first = (question: string) => searchStories(projects, question, { level: 'staff' }).results[0]?.id

  it('lets scope decide when the question says "biggest"', () => {
    expect(seeksScope("What's the biggest project you've led?")).toBe(true)
    expect(first("What's the biggest project you've led?")).toBe('large-project')
  })

  it('keeps wording in charge otherwise', () => {
    expect(seeksScope('Tell me about a project you led')).toBe(false)
    expect(first('Tell me about a project you led')).toBe('small-project')
  })
})

describe('everyday words count less than specific ones', () => {
  const plain = (id: string, title: string, action: string) => ({
    ...fixtureStories[0]!,
    id,
    title,
    situation: '',
    task: '',
    action,
    result: '',
    learnings: '',
    tags: [],
    metrics: [],
    competencies: [],
  })
  const vault = buildSearchIndex([
    plain('common', 'A long week', 'I saw the numbers and found the cause the same morning.'),
    plain('specific', 'Rollback', 'The rollback script was idempotent.'),
    plain('other', 'Hiring loop', 'Rewrote the interview rubric.'),
  ])
  const first = () => searchStories(vault, 'I saw it, found it, and made it idempotent', { level: 'senior' })

  it('a rare shared word outweighs two common ones', () => {
    expect(first().results[0]?.id).toBe('specific')
  })

  it('would not without the everyday-word weighting (nor the correction for stories that match everything)', () => {
    const saved = RANK_WEIGHTS.everyday.floor
    const savedHub = RANK_WEIGHTS.hubPrior.power
    RANK_WEIGHTS.everyday.floor = 1
    RANK_WEIGHTS.hubPrior.power = 0
    try {
      expect(first().results[0]?.id).toBe('common')
    } finally {
      RANK_WEIGHTS.everyday.floor = saved
      RANK_WEIGHTS.hubPrior.power = savedHub
    }
  })
})

describe('competencies the person chose', () => {
  const question = 'Tell me about a project you are proud of'

  it('replace the guess, each equally sure', () => {
    const response = searchStories(index, question, {
      level: 'staff',
      competencies: ['conflict', 'influence'],
    })
    expect(response.competencies).toEqual([
      { id: 'conflict', confidence: 0.5 },
      { id: 'influence', confidence: 0.5 },
    ])
  })

  it('rank a question with no words of its own by the chosen competency alone', () => {
    for (const id of ['conflict', 'leadership', 'customer']) {
      const top = searchStories(index, 'Tell me about a time.', { level: 'staff', competencies: [id] })
        .results[0]
      expect(fixtureStories.find((s) => s.id === top?.id)?.competencies, id).toContain(id)
    }
  })

  it('move a story that shows them up, against the same question guessed', () => {
    const place = (competencies?: string[]) =>
      searchStories(index, question, { level: 'staff', limit: 12, competencies })
        .results.map((r) => r.id)
        .indexOf('director-rewrite')
    const guessed = place()
    expect(guessed === -1 || place(['conflict']) < guessed).toBe(true)
    expect(place(['conflict'])).toBeGreaterThanOrEqual(0)
  })
})

describe('a first result that shares no word with the question', () => {
  const demo = buildSearchIndex(demoStories.map((s, i) => ({ ...s, id: `demo-${i}` })))

  it('still says why it is first: its size, what it shows, a measured result', () => {
    const response = searchStories(demo, 'biggest impact project', { level: 'staff' })
    const [first] = response.results
    expect(first?.matched).toEqual([])
    const reasons = first?.reasons.join(' ') ?? ''
    expect(reasons).toContain(
      'The question asks for your biggest example, so size counts most: company reach',
    )
    expect(reasons).toMatch(/Has a measured result: “.+”/)
    expect(reasons).not.toContain('ranks on its words')
    // Asked for the biggest, the biggest story answers it: no "no story answers this well".
    expect(response.message).toBeUndefined()
  })
})
