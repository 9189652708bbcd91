import { StoryFieldsSchema, type StoryFields } from '../../../src/shared/story/schema'
import type { SearchableStory } from '../../../src/shared/search/index'

/** A small, realistic vault written for these tests (distinct from bench/eval). */
function story(id: string, fields: Partial<StoryFields> & { title: string }): SearchableStory {
  return { ...StoryFieldsSchema.parse(fields), id, updatedAt: '2026-01-01T00:00:00.000Z' }
}

export const fixtureStories: SearchableStory[] = [
  story('oracle-billing', {
    title: 'Moved billing off a twelve-year-old Oracle database',
    situation:
      'Billing still ran on an Oracle instance nobody wanted to touch; licences were up for renewal.',
    task: 'Get invoices onto Postgres before the licence ran out, without a billing error.',
    action:
      'I wrote a dual-write layer, backfilled four years of invoices and compared totals every night for a month.',
    result: 'We cut over with zero billing errors and saved the licence fee.',
    learnings: 'Nightly reconciliation made the cutover boring, which is what you want.',
    competencies: ['delivery'],
    tags: ['migration', 'postgres'],
    people: 2,
    reach: 'team',
    durationWeeks: 10,
  }),
  story('checkout-partners', {
    title: 'Aligned payments and fraud teams on one checkout goal',
    situation:
      'Payments wanted fewer declines, fraud wanted fewer chargebacks, and checkout was stuck in between.',
    task: 'Ship a new checkout flow that needed changes from both partner teams.',
    action:
      'I went to each partner team, showed the revenue we lost to abandoned carts and proposed one shared metric. When fraud would not commit, I escalated early to both directors.',
    result: 'Both teams signed up to the shared goal; conversion rose 4% in the quarter.',
    competencies: ['partnerships', 'blockers'],
    reach: 'multi-team',
    teams: 3,
    people: 14,
  }),
  story('director-rewrite', {
    title: 'Pushed back on my director about rewriting search',
    situation: 'My director wanted a full rewrite of the search service in a new language.',
    action:
      'I disagreed and said so in the planning review, then brought latency data showing two hot paths caused most of the pain. We argued it out and agreed to fix the hot paths first.',
    result: 'Latency dropped 60% in six weeks; the rewrite was shelved.',
    learnings: 'Disagree with data, then commit to what the group decides.',
    competencies: ['conflict', 'influence'],
    reach: 'team',
    people: 6,
  }),
  story('mobile-no-spec', {
    title: 'Launched the mobile app with no spec',
    situation: 'Leadership asked for a mobile app in one quarter with no requirements and no designer.',
    action:
      'I listed the unknowns, ran three user interviews a week and built throwaway prototypes to turn guesses into facts. I asked the staff engineer to poke holes in the plan.',
    result: 'Launched on time with 40,000 installs in the first month.',
    competencies: ['ambiguity'],
    reach: 'multi-team',
    people: 8,
    teams: 2,
  }),
  story('mentoring-oncall', {
    title: 'Mentored two junior engineers into confident on-call owners',
    situation: 'Two new hires were scared of the pager and escalated everything to me.',
    action:
      'I paired with them through incidents, wrote runbooks together and let them lead the next review.',
    result: 'Within a quarter both ran incidents alone; my pages dropped by half.',
    learnings: 'Teaching is letting them drive while you sit next to them.',
    competencies: ['leadership'],
    reach: 'team',
    people: 3,
  }),
  story('config-outage', {
    title: 'The outage I caused with a config push',
    situation: 'I pushed a config change that took checkout down for 40 minutes on a Friday.',
    action:
      'I rolled it back, wrote the postmortem naming my mistake, and added a canary stage and an alarm on error rates.',
    result: 'No config outage since; the canary caught two bad pushes in the next month.',
    learnings: 'I own the mistake and the fix that makes it impossible to repeat.',
    competencies: ['failure', 'ownership'],
    reach: 'team',
    people: 5,
  }),
  story('roadmap-cut', {
    title: 'Cut the roadmap in half when headcount froze',
    situation: 'A hiring freeze left us with half the engineers we planned for and the same roadmap.',
    action:
      'I ranked every project by revenue and risk, said no to six of them and explained the trade-offs to sales.',
    result: 'We delivered the three projects that mattered on time.',
    competencies: ['prioritization'],
    reach: 'org',
    teams: 4,
    people: 30,
  }),
  story('refund-support', {
    title: 'Sat with support agents to fix the refund flow',
    situation: 'Customers complained that refunds took two weeks and support tickets kept piling up.',
    action:
      'I spent two days with support agents, watched twenty refund calls and redesigned the flow around what customers asked.',
    result: 'Refund tickets dropped 70% and customer satisfaction rose.',
    competencies: ['customer'],
    reach: 'team',
    people: 4,
  }),
  story('security-review', {
    title: 'Unblocked a stalled security review by naming an owner for each dependency',
    situation: 'Our launch was blocked for a month on a security review that depended on three other teams.',
    action:
      'I gave every external dependency a named owner on our team, held a weekly check-in and sent KPI updates to the VP.',
    result: 'The review closed in two weeks and we launched on the original date.',
    competencies: ['blockers'],
    reach: 'multi-team',
    teams: 4,
    people: 12,
  }),
  story('api-style-guide', {
    title: 'Convinced five teams to adopt one API style guide',
    situation: 'Every team designed APIs differently and integrations kept breaking.',
    action:
      'With no authority over them, I wrote the guide with one engineer from each team and won over the loudest skeptic first.',
    result: 'All five teams adopted it; integration bugs fell by a third.',
    competencies: ['influence'],
    reach: 'org',
    teams: 5,
    people: 40,
  }),
  story('rust-pipeline', {
    title: 'Learned Rust to rewrite the image pipeline',
    situation: 'Our image resizing service kept running out of memory and nobody on the team knew Rust.',
    action:
      'I learned Rust in the evenings, rebuilt the hot path and asked a Rust expert from another company to review my code.',
    result: 'Memory use fell 80% and I now teach a Rust study group.',
    competencies: ['growth'],
    reach: 'team',
    people: 2,
  }),
  story('oncall-reform', {
    title: 'Reformed on-call across the engineering org after repeated pages',
    situation: 'Engineers across the org were paged every night and nobody owned the noisy alerts.',
    action:
      'I took ownership of the problem, set an alert budget per team, and built a weekly review that deleted or fixed noisy alarms.',
    result: 'Pages per week fell from 120 to 15 across nine teams.',
    competencies: ['ownership'],
    reach: 'org',
    teams: 9,
    people: 70,
  }),
]
