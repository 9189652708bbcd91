import { story, type LabelledStory } from './fixtures'

/**
 * Sixth part of the development set: very short entries and "we"-voice team stories, where there are
 * only a few words to go on. See fixtures-dev.ts.
 */
export const DEV_F: LabelledStory[] = [
  {
    expect: ['failure'],
    smallForStaff: true,
    story: story({
      title: 'Ran the migration on the wrong database',
      action:
        'Pointed the script at prod instead of staging. Caught it after 2 minutes, restored from snapshot, told my lead right away.',
      learnings: 'Now the script asks you to type the environment name.',
    }),
  },
  {
    expect: ['leadership'],
    smallForStaff: true,
    story: story({
      title: 'weekly office hours for the juniors',
      action: 'started a friday hour where anyone junior could bring code or questions. ran it for a year',
      result: 'three of the regulars are now seniors',
    }),
  },
  {
    expect: ['delivery'],
    smallForStaff: false,
    story: story({
      title: 'We got the new warehouse system live before peak',
      situation: 'We had eleven weeks between signing the contract and the start of peak season.',
      action:
        'We agreed the cut-over date on day one and worked backwards from it, with a go/no-go checklist two weeks before. We ran both systems side by side for the last two weeks and fixed every mismatch daily.',
      result: 'We went live on the agreed date; orders shipped on time through peak.',
    }),
  },
  {
    expect: ['conflict', 'customer'],
    smallForStaff: true,
    story: story({
      title: 'Support and engineering blaming each other',
      situation:
        'Support said engineering ignored their bug reports; engineering said the reports were useless. Customers were waiting weeks.',
      action:
        'I sat with two support agents for a morning, then brought one of them to our planning meeting. Together we made a bug template with the three things engineers actually need.',
      result:
        'Time to fix customer-reported bugs went from 19 days to 6, and the two teams stopped sniping in Slack.',
    }),
  },
  {
    expect: ['ambiguity'],
    smallForStaff: true,
    story: story({
      title: 'nobody knew if the old queue was still used',
      action:
        'couldnt find an owner or docs. added metrics to every consumer, waited two weeks, then turned one consumer off at a time with a rollback ready',
      result: 'turned the whole queue off, nothing broke, saved a server',
    }),
  },
  {
    expect: ['partnerships'],
    smallForStaff: false,
    story: story({
      title: 'Building the partner API with an outside company',
      situation: 'We were integrating with a logistics company whose engineers we had never worked with.',
      action:
        'We set up a shared Slack channel, agreed an API spec together before either side wrote code, and did a joint test day every two weeks. I made sure each side had one person who could make decisions.',
      result:
        'Integration went live in ten weeks and both companies used it as the template for the next partner.',
    }),
  },
  {
    expect: ['growth'],
    smallForStaff: true,
    story: story({
      title: 'Asked for harsher code reviews',
      action:
        'After a year I noticed my PRs were always approved quickly. I asked the two best engineers on the team to review my next ten as if I were a new hire and tell me everything.',
      result:
        'Found out I was weak on error handling and naming. My PRs now need about half the back-and-forth.',
    }),
  },
  {
    expect: ['prioritization'],
    smallForStaff: true,
    story: story({
      title: 'Too many small asks',
      situation: 'Our team got 15 to 20 small requests a week from other teams and it ate all our time.',
      action:
        'We set up a request form and a weekly 30-minute triage. Anything under an hour we did that week; everything else got ranked against our own goals and most were turned down with a reason.',
      result: 'We got back about two days a week for planned work.',
    }),
  },
  {
    expect: ['blockers', 'influence'],
    smallForStaff: false,
    story: story({
      title: 'Getting a budget for load testing',
      situation:
        'We had no money for a proper load-testing setup and the team kept being told to wait until next year.',
      action:
        'I worked out what last year’s three peak-day outages had cost in lost orders, about $600k, and took that to our CTO with a plan costing $40k. Asked for a decision in that meeting.',
      result: 'Got the budget that week and ran the first full load test a month later.',
    }),
  },
  {
    expect: ['ownership', 'delivery'],
    smallForStaff: false,
    story: story({
      title: 'Finished the half-done migration',
      situation:
        'A migration to the new payments provider had been 80% done for a year. The engineer who started it had left and the rest was nobody’s priority.',
      action:
        'I took it over, listed what was left, and moved the last 20% of traffic in three steps over six weeks, with a way back at each step.',
      result: 'Old provider turned off; saved $150k a year in fees.',
    }),
  },
]
