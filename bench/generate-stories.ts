/**
 * Deterministic, varied, valid stories for benchmarks and load tests: `generateStories(n, seed)`.
 * Text is assembled from small phrase banks so search and competency code see realistic wording.
 */
import { COMPETENCY_IDS } from '../src/shared/story/competency-ids'
import { REACH_LEVELS } from '../src/shared/story/levels'
import { StorySchema, type Story } from '../src/shared/story/schema'

/** mulberry32: tiny seeded PRNG, so the same seed gives the same vault on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SYSTEMS = [
  'billing pipeline',
  'search ranking service',
  'mobile release train',
  'data warehouse',
  'checkout flow',
  'on-call rotation',
  'identity platform',
  'recommendation model',
  'CI build farm',
  'partner API',
  'feature-flag system',
  'customer support tooling',
  'payments ledger',
  'notification service',
]
const COMPANIES = [
  'Northwind',
  'Acme Robotics',
  'Globex',
  'Initech',
  'Umbrella Health',
  'Stark Logistics',
  'Hooli',
]
const ROLES = ['Senior engineer', 'Staff engineer', 'Tech lead', 'Engineering manager', 'Principal engineer']
const PROBLEMS = [
  'kept failing at night and nobody owned it',
  'was blocking two partner teams from shipping',
  'had no clear owner after a reorg',
  'was too slow for the new enterprise customers',
  'had requirements nobody could agree on',
  'was about to miss a date the CEO had announced',
  'caused a string of customer escalations',
]
const ACTIONS = [
  'I wrote a one-page proposal, asked the people most likely to disagree to tear it apart, and revised it twice',
  'I met the partner team lead, explained the revenue at stake and agreed on one shared goal',
  'I split the work into three streams, paired each owner with a reviewer and held a weekly check-in',
  'I ran a two-day spike on the riskiest part first, then cut scope to a 90/10 version',
  'I added alerts and a dashboard so we heard about trouble before customers did',
  'I escalated early to our director when buy-in stalled, with a clear ask and a deadline',
  'I mentored two engineers through the design and let them present it to the architecture review',
  'I interviewed six customers to find what they actually needed before writing any code',
]
const RESULTS = [
  'Failed runs dropped from {a} a week to {b}',
  'We shipped {a} weeks earlier than the original plan',
  'p95 latency fell from {a}00 ms to {b}0 ms',
  'Support tickets about it fell by {a}0%',
  'Revenue from the feature grew {a}x within a quarter',
  'Two engineers I mentored were promoted within {a} months',
]
const LEARNINGS = [
  'Agree on the goal before the plan.',
  'Name an owner for every outside dependency.',
  'Ask for disagreement early; it is cheaper than rework.',
  'Measure before and after, or nobody believes the result.',
  'Escalating early is a service, not a failure.',
]
const TAGS = [
  'migration',
  'reliability',
  'mentoring',
  'cross-team',
  'customer',
  'performance',
  'hiring',
  'security',
]

export function generateStories(n: number, seed = 1): Story[] {
  const random = prng(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1))
  const base = Date.parse('2020-01-01T00:00:00.000Z')
  return Array.from({ length: n }, (_, i) => {
    const system = pick(SYSTEMS)
    const problem = pick(PROBLEMS)
    const created = new Date(base + int(0, 5 * 365) * 86_400_000).toISOString()
    const result = pick(RESULTS)
      .replace('{a}', String(int(2, 9)))
      .replace('{b}', String(int(0, 1)))
    const competencies = [...new Set([pick(COMPETENCY_IDS), pick(COMPETENCY_IDS)])]
    const story = {
      id: `gen-${seed}-${i}`,
      title: `${pick(['Rescued', 'Rebuilt', 'Unblocked', 'Took over', 'Simplified'])} the ${system} (${i + 1})`,
      situation: `At ${pick(COMPANIES)}, the ${system} ${problem}. ${pick(ACTIONS)}.`,
      task: `I was asked to own the ${system} and get it back on track within ${int(4, 20)} weeks.`,
      action: `${pick(ACTIONS)}. Then ${pick(ACTIONS).replace(/^I /, 'I also ')}. ${pick(ACTIONS)}.`,
      result: `${result}. ${pick(RESULTS)
        .replace('{a}', String(int(2, 9)))
        .replace('{b}', String(int(0, 1)))}.`,
      learnings: pick(LEARNINGS),
      competencies,
      rejectedCompetencies: [],
      tags: [...new Set([pick(TAGS), pick(TAGS)])],
      company: pick(COMPANIES),
      role: pick(ROLES),
      year: int(2015, 2026),
      people: int(2, 120),
      teams: int(1, 8),
      durationWeeks: int(2, 52),
      reach: pick(REACH_LEVELS),
      metrics: [result],
      createdAt: created,
      updatedAt: created,
    }
    return StorySchema.parse(story)
  })
}
