import { describe, expect, it } from 'vitest'
import { hubFactors } from '../../../src/shared/search/hub-prior'
import { buildSearchIndex } from '../../../src/shared/search/index'
import { searchStories } from '../../../src/shared/search/rank'
import { RANK_WEIGHTS } from '../../../src/shared/search/weights'
import { fixtureStories } from './fixtures'

const plain = (id: string, title: string, action: string, result = '') => ({
  ...fixtureStories[0]!,
  id,
  title,
  situation: '',
  task: '',
  action,
  result,
  learnings: '',
  tags: [],
  metrics: [],
  competencies: [],
})

// A story that touches every topic in passing matches every question a little.
const vault = buildSearchIndex([
  plain(
    'hub',
    'Led the team through a hard quarter',
    'I worked with stakeholders and my manager on priorities, handled a conflict on the team, helped a customer through an outage, hired two engineers, planned a migration, chased a vendor, cut the budget, took feedback, made a decision under a deadline and delivered the project.',
    'The team learned a lot and the customer was happy.',
  ),
  plain(
    'vendor',
    'Vendor contract',
    'Our payments vendor shipped their API three weeks late, so I built a fallback and we launched on time.',
  ),
  plain('oncall', 'Paging noise', 'I cut paging noise for the on-call rotation by half.'),
  plain('hiring', 'Interview rubric', 'I rewrote the interview rubric for hiring.'),
])
const question = 'Tell me about a decision you made about a vendor under a deadline'

describe('stories whose words match every question', () => {
  it('count less than stories with specific words', () => {
    const factors = hubFactors(vault)
    const hub = vault.docs.findIndex((d) => d.story.id === 'hub')
    expect(factors[hub]).toBeLessThan(1)
    for (let i = 0; i < factors.length; i++) if (i !== hub) expect(factors[i]).toBeGreaterThan(1)
  })

  it('no longer win a question that names another story’s topic', () => {
    expect(searchStories(vault, question, { level: 'senior' }).results[0]?.id).toBe('vendor')
  })

  it('would win it without the correction', () => {
    const saved = RANK_WEIGHTS.hubPrior.power
    RANK_WEIGHTS.hubPrior.power = 0
    try {
      expect(searchStories(vault, question, { level: 'senior' }).results[0]?.id).toBe('hub')
    } finally {
      RANK_WEIGHTS.hubPrior.power = saved
    }
  })
})
