import { StoryFieldsSchema, type StoryFields } from '../../../src/shared/story/schema'

/**
 * Realistic stories written for these tests (not the eval set): mixed styles — full STAR prose, terse
 * notes, "we"-heavy, typos, British spelling. `expect` lists the competencies a careful reader would tag.
 */
export interface LabelledStory {
  story: StoryFields
  expect: string[]
  smallForStaff: boolean
}

/** A story's fields with every unset one at its default. */
export function story(fields: Partial<StoryFields> & { title: string }): StoryFields {
  return StoryFieldsSchema.parse(fields)
}

export const LABELLED: LabelledStory[] = [
  {
    expect: ['partnerships', 'blockers'],
    smallForStaff: false,
    story: story({
      title: 'Getting the payments team to prioritise our refund API',
      situation:
        'Our checkout team needed a refund endpoint from the payments team, but it was not on their roadmap for two quarters.',
      task: 'I had to get it built without waiting half a year.',
      action:
        'I met with their lead, explained the business impact (refund tickets cost support $300k a year) and we agreed on a shared goal of cutting refund handling time. When their director still would not commit, I escalated early to both VPs with a one-page proposal. I named an owner on my team for the dependency and ran a weekly check-in.',
      result: 'The API shipped in 7 weeks; refund tickets dropped 60% across both teams.',
      learnings: 'Escalate early with options, not complaints.',
    }),
  },
  {
    expect: ['ambiguity'],
    smallForStaff: false,
    story: story({
      title: 'Pricing engine with no spec',
      situation:
        'Leadership wanted "dynamic pricing" but nobody knew what that meant; requirements were vague and kept changing.',
      action:
        'I framed three hypotheses, ran a two-week spike with a prototype for each, and asked the sales and data teams to poke holes in the plan. I wrote a design doc with the options and made a call on the simplest one, keeping the decision reversible.',
      result: 'We launched a pilot to 3 regions in one quarter; margin rose 4%.',
    }),
  },
  {
    expect: ['ownership', 'failure'],
    smallForStaff: true,
    story: story({
      title: 'Outage I caused with a config push',
      situation: 'I pushed a config change that took down login for 40 minutes.',
      action:
        'Owned up in the incident channel, rolled back, then wrote the postmortem. Root cause was a missing validation, so I added a schema check to CI and a canary stage plus alerts on login error rate.',
      result: 'No config outages since. The checks caught two bad pushes in the next quarter.',
      learnings: 'My mistake was assuming staging matched prod. Now I always verify the blast radius first.',
    }),
  },
  {
    expect: ['leadership'],
    smallForStaff: true,
    story: story({
      title: 'Mentoring a junior engineer to own the search service',
      situation: 'A new grad joined my team and was struggling with code reviews.',
      action:
        'Weekly 1:1s, paired on the riskiest parts first, taught her to time-box spikes and to treat feedback as a gift. Gave her a stretch assignment: owning the search indexer.',
      result: 'Six months later she was promoted and now leads the indexer work on her own.',
    }),
  },
  {
    expect: ['conflict'],
    smallForStaff: true,
    story: story({
      title: 'Disagreement with a senior dev over the caching design',
      situation:
        'A senior engineer on my team and I disagreed strongly about using Redis vs an in-process cache; the debate got heated in review.',
      action:
        'I set up a one-on-one over coffee to understand his concerns, then proposed we benchmark both. We agreed on criteria up front.',
      result:
        'The data favoured his approach for reads, so I committed to it. We kept a good working relationship.',
    }),
  },
  {
    expect: ['prioritization'],
    smallForStaff: true,
    story: story({
      title: 'Too many asks, one quarter',
      situation: 'My team had 14 requests from 4 stakeholders and capacity for maybe 5.',
      action:
        'I scored each by impact and effort, stack-ranked them with the PM, and said no to the nice-to-haves. Deferred the rest with a clear reason.',
      result: 'Shipped the top 5 on time; the deferred items were never missed.',
    }),
  },
  {
    expect: ['customer'],
    smallForStaff: true,
    story: story({
      title: 'Fixing onboarding for small merchants',
      situation: 'Support tickets from new merchants doubled after a redesign.',
      action:
        'I shadowed support calls and interviewed 8 merchants to find the pain point, then worked backwards from what they needed.',
      result: 'Onboarding completion rose from 52% to 71%; tickets fell by half; churn in month one dropped.',
    }),
  },
  {
    expect: ['delivery'],
    smallForStaff: false,
    story: story({
      title: 'Shipping the data migration before the contract deadline',
      situation: 'We had a hard deadline: the old vendor contract ended on 31 March.',
      action:
        'I planned milestones across 3 teams, mapped the critical path, cut scope to the must-haves and used feature flags for a staged rollout.',
      result: 'Migrated 2M accounts a week early with no incidents and saved $450k a year.',
    }),
  },
  {
    expect: ['influence'],
    smallForStaff: false,
    story: story({
      title: 'Convincing 6 teams to adopt a shared logging library',
      situation:
        'Every team logged differently; incidents took hours to trace. None of those teams reported to me.',
      action:
        'I wrote an RFC, built a proof of concept with one pilot team, and found champions in two other teams. I addressed objections in an FAQ and ran a brown bag.',
      result:
        'Within two quarters 6 teams adopted it as the default; mean time to trace fell from 3 hours to 20 minutes.',
    }),
  },
  {
    expect: ['growth'],
    smallForStaff: true,
    story: story({
      title: 'Learning Kubernetes from scratch',
      situation: 'I was new to Kubernetes when our infra lead left; I had never used it.',
      action:
        'Took a course, read the docs every evening, practiced on a side project and asked our SRE to review my manifests.',
      result: 'Within a month I was running our deploys; I wrote a wiki guide the team still uses.',
      learnings: 'Learning in public speeds things up.',
    }),
  },
  {
    expect: ['blockers'],
    smallForStaff: false,
    story: story({
      title: 'Security review blocking launch',
      situation: 'Our launch was stalled, blocked on a security review queue of 6 weeks.',
      action:
        'Before kickoff I had got the CISO as executive sponsor, so I asked her for a decision. Meanwhile we built behind a feature flag and stubbed the auth integration so the team kept moving. Weekly status updates to stakeholders on KPIs and blockers.',
      result: 'Review done in 10 days; launched to 5 business units on schedule.',
    }),
  },
  {
    expect: ['ownership'],
    smallForStaff: true,
    story: story({
      title: 'flaky CI nobody owned',
      action:
        'noticed our CI failed ~30% of runs, nobody owned it. took it on, found root cause (shared test db), fixed it, added a dashboard + alert on flake rate.',
      result: 'flake rate 30% -> 2%',
    }),
  },
  {
    expect: ['leadership', 'delivery'],
    smallForStaff: false,
    story: story({
      title: 'Tech lead for the mobile rewrite',
      situation: 'I was tech lead for a rewrite of our mobile app with 9 engineers across 2 teams.',
      action:
        'Set the technical direction, delegated workstreams to two senior engineers and coached them through design reviews. Planned milestones and kept a critical path.',
      result:
        'We launched on time in 5 months; crash rate fell 70% and app store rating went from 3.1 to 4.5.',
    }),
  },
  {
    expect: ['failure'],
    smallForStaff: true,
    story: story({
      title: 'Missed deadline on the reporting feature',
      situation: 'I underestimated the reporting feature by a factor of three.',
      action: 'When it slipped I told my manager, re-planned and we cut two reports.',
      result: 'Shipped 3 weeks late.',
      learnings: 'In hindsight I should have spiked the unknowns first. Now I always estimate with ranges.',
    }),
  },
  {
    expect: ['conflict', 'partnerships'],
    smallForStaff: false,
    story: story({
      title: 'Tension between product and the platform team',
      situation:
        'Product wanted a feature the platform team objected to; the two leads were at odds and both teams were frustrated.',
      action:
        'I listened to both sides separately, then brought them together around the shared goal of checkout reliability. We found a middle ground: a phased API.',
      result: 'Both teams agreed; shipped in 6 weeks and the teams have partnered since.',
    }),
  },
  {
    expect: ['ambiguity', 'customer'],
    smallForStaff: true,
    story: story({
      title: 'Figuring out why users abandoned search',
      situation: 'Search usage dropped and nobody knew why; the data was inconclusive.',
      action: 'I ran user interviews with 10 customers and an experiment with two ranking variants.',
      result: 'Found the pain point (stale results); fixed freshness and search conversion went up 12%.',
    }),
  },
  {
    expect: ['prioritization', 'delivery'],
    smallForStaff: false,
    story: story({
      title: 'Black Friday readiness',
      situation:
        'Eight weeks before Black Friday we had 40 reliability tasks and capacity for a third of them, across 3 teams.',
      action:
        'Triaged by risk and impact, dropped the rest, sequenced the must-haves and tracked them weekly.',
      result: 'Zero downtime on the peak day, handling 3x normal traffic.',
    }),
  },
  {
    expect: ['growth'],
    smallForStaff: true,
    story: story({
      title: 'Hard feedback about my communication',
      situation: 'In my performance review my manager told me I came across as dismissive in meetings.',
      action:
        'I asked two peers for specific examples, reflected on it, and practiced asking questions before stating opinions.',
      result: 'My next 360 review called out my communication as a strength.',
    }),
  },
  {
    expect: ['influence', 'ambiguity'],
    smallForStaff: false,
    story: story({
      title: 'Proposing an event-driven architecture to the org',
      situation:
        'The org had no agreed direction for service integration and teams were building point-to-point calls.',
      action:
        'I explored options, wrote a design doc comparing them and pitched it at the architecture forum. Skeptics worried about ops cost, so I ran a pilot with two teams and shared the benchmark data.',
      result: 'Leadership adopted it as the standard; 11 teams migrated over the next year.',
    }),
  },
  {
    expect: ['ownership', 'customer'],
    smallForStaff: true,
    story: story({
      title: 'Stepping in on a billing bug that hit customers',
      situation: 'A billing bug double-charged some customers over a weekend; it was not my team’s code.',
      action:
        'I stepped in, found the root cause, refunded affected customers with support and added a regression test and an alert.',
      result: '312 customers refunded within a day; no repeat.',
    }),
  },
  {
    expect: ['leadership'],
    smallForStaff: true,
    story: story({
      title: 'Coaching the team on 90/10 solutions',
      situation: 'My team kept gold-plating features.',
      action:
        'I ran a workshop on 90/10 thinking and trade-offs, and coached each engineer in design reviews to ask what the thin slice was.',
      result: 'Cycle time fell from 3 weeks to 9 days.',
    }),
  },
  {
    expect: ['blockers', 'partnerships'],
    smallForStaff: false,
    story: story({
      title: 'Vendor integration stalled by legal',
      situation:
        'Our integration with an external partner was stuck in legal review and the partner’s API was late.',
      action:
        'We got buy-in from the VP up front, I set up a weekly sync with the vendor, gave each dependency a named owner and mocked their API so we were not blocked.',
      result: 'Went live two weeks after legal signed off, across 3 teams and 2 companies.',
    }),
  },
  {
    expect: ['delivery'],
    smallForStaff: true,
    story: story({
      title: 'quick fix for the export feature',
      action: 'we shipped a CSV export in two sprints for a big client, tests + feature flag',
      result: 'delivered on time',
    }),
  },
  {
    expect: ['conflict'],
    smallForStaff: true,
    story: story({
      title: 'Butting heads with my PM about scope',
      situation: 'My PM and I clashed over whether to ship with known bugs.',
      action:
        'I listened to his perspective on the sales commitment, showed him the bug data, and we found a compromise: ship to 10% first.',
      result: 'We agreed, shipped, and the relationship got better.',
    }),
  },
]
