import { describe, expect, it } from 'vitest'
import { assessStrength } from '../../../src/shared/strength/assess'
import { hasMetric } from '../../../src/shared/strength/measures'
import { ownsPart, saysDifferently } from '../../../src/shared/strength/wording'
import { StoryFieldsSchema, type StoryFields } from '../../../src/shared/story/schema'

const story = (fields: Partial<StoryFields>): StoryFields =>
  StoryFieldsSchema.parse({ title: 'A story', ...fields })

describe('owning your part, as people say it', () => {
  it.each([
    'The regression was mine: I had merged it on a Friday.',
    'Honestly, that outage was my mistake.',
    'I caused the double billing with a rounding change.',
    'I owned the cleanup from the first page to the postmortem.',
    'I took full responsibility in the incident review.',
    'This one was on me, nobody else.',
    'I misjudged how long the backfill would take.',
    'I was the one who skipped the staging run.',
    'My migration script brought down the reporting cluster.',
    'I made a bad call on the cache expiry.',
    'It’s my fault the alerts were silenced.',
    'I had underestimated the load from the partner API.',
  ])('reads "%s"', (task) => {
    expect(ownsPart(story({ task }))).toBe(true)
  })

  it.each([
    'The platform team broke the build and we waited.',
    'Our vendor missed the deadline twice.',
    'Mine was the only team that shipped on time.',
    'I called the vendor about the invoice.',
  ])('does not read blame or credit elsewhere into "%s"', (task) => {
    expect(ownsPart(story({ task }))).toBe(false)
  })
})

describe('what you would do differently, as people say it', () => {
  it.each([
    { learnings: 'Next time I would pair on the rollout plan.' },
    { learnings: 'In hindsight, a feature flag would have saved a day.' },
    { learnings: "I'd write the migration as two steps and run the dry run first." },
    { learnings: 'I should have asked the data team before choosing the schema.' },
    { learnings: 'Looking back, the first week was wasted on polish.' },
    { learnings: 'If I did it again I would start with the riskiest dependency.' },
    { learnings: 'I would have told support a week earlier.' },
    { learnings: 'Going forward I write the rollback before the change.' },
    { result: 'We shipped; I wish I had involved design sooner.' },
    { action: 'I realised I should’ve split the ticket and did so the day after.' },
  ])('reads %o', (fields) => {
    expect(saysDifferently(story(fields))).toBe(true)
  })

  it.each([
    { action: 'Every morning I would check the error dashboard.' },
    { result: 'Without the cache it would have cost us a week of compute.' },
    { learnings: 'Small batches keep reviews honest.' },
  ])('does not read %o as a change of approach', (fields) => {
    expect(saysDifferently(story(fields))).toBe(false)
  })
})

const missingLabels = (s: StoryFields, competency: string) =>
  assessStrength(s).checklist[competency]?.missing.map((i) => i.id) ?? []

describe('the checklist agrees with the story', () => {
  const flaky = story({
    title: 'A flaky deploy I broke myself',
    competencies: ['failure', 'ownership'],
    situation: 'Deploys to the payments service started failing one time in five.',
    task: 'The bug was mine: my retry change doubled the connection count.',
    action: 'I rolled back, told the on-call channel, and wrote a load test for the pool.',
    result: 'Failures went from 20% of deploys to none in the following month.',
    learnings: "I'd load-test connection changes before merging, and I'd ask for a second reviewer.",
  })

  it('does not call a stated ownership or change of approach "not shown yet"', () => {
    expect(missingLabels(flaky, 'failure')).not.toContain('owned-it')
    expect(missingLabels(flaky, 'failure')).not.toContain('differently')
    expect(missingLabels(flaky, 'ownership')).not.toContain('spotted-problem')
    expect(missingLabels(flaky, 'ownership')).not.toContain('would-repeat')
    const messages = assessStrength(flaky).fixes.map((f) => f.message)
    expect(messages.join('\n')).not.toMatch(/owned your part|do differently|numbers/i)
  })

  it('still asks for them when the story does not say them', () => {
    const vague = story({
      competencies: ['failure'],
      task: 'A deploy went badly.',
      action: 'The team rolled back.',
      result: 'Things were fine after.',
      learnings: 'Deploys are risky.',
    })
    expect(missingLabels(vague, 'failure')).toEqual(expect.arrayContaining(['owned-it', 'differently']))
  })

  it.each([
    'Failures went from 20% of deploys to none.',
    'It worked and everyone was relieved.',
    'We verified it and confirmed it held.',
    'Saved about $12k a quarter.',
  ])('says "has numbers" in one voice for "%s"', (result) => {
    const s = story({ competencies: ['ownership', 'delivery'], result })
    const strength = assessStrength(s)
    const verified = !missingLabels(s, 'ownership').includes('verified-success')
    const measured = !missingLabels(s, 'delivery').includes('measured-result')
    expect(verified).toBe(strength.hasMetric)
    expect(measured).toBe(strength.hasMetric)
    expect(strength.hasMetric).toBe(hasMetric(s))
  })
})
