import { story, type LabelledStory } from './fixtures'

/**
 * Stories told the way people talk, with few textbook words: the competency shows in what happened
 * rather than in words like "ownership" or "conflict". Written for these tests, not from the eval set.
 */
export const IMPLICIT: LabelledStory[] = [
  {
    expect: ['ownership'],
    smallForStaff: true,
    story: story({
      title: 'The nightly export that kept dying',
      situation:
        'The finance export failed most nights and whoever was on call just re-ran it by hand. It had been like that for a year.',
      action:
        'I decided to stop re-running it and dug in. Turned out two jobs raced on the same temp table. I fixed the locking, wrote a test that reproduces the race and added a page if it fails twice.',
      result: 'It has not failed since March; on-call lost its most common page.',
    }),
  },
  {
    expect: ['influence'],
    smallForStaff: false,
    story: story({
      title: 'Getting four teams off the old auth library',
      situation:
        'Four teams still used an auth library with a known vulnerability. I had no say over their roadmaps.',
      action:
        'I wrote a short doc on the risk in their terms, did the first migration myself as a template, and offered pairing sessions. Two leads were reluctant, so I showed them the template PR was under 200 lines.',
      result: 'All four teams moved within the quarter.',
    }),
  },
  {
    expect: ['conflict'],
    smallForStaff: true,
    story: story({
      title: 'Code review standoff',
      situation:
        'Another engineer and I kept blocking each other’s PRs over error handling style; review threads ran to 40 comments and people were tired of it.',
      action:
        'I asked him to grab lunch, heard why he cared (he had been paged for swallowed errors), and we wrote a one-page convention together that the team agreed on.',
      result: 'Review times dropped back to a day and we still pair on tricky changes.',
    }),
  },
  {
    expect: ['failure'],
    smallForStaff: true,
    story: story({
      title: 'The cache that made things worse',
      situation: 'I added a cache to speed up the catalog page without load testing it.',
      action:
        'Under peak traffic it thrashed and p99 doubled. I turned it off, told the team what happened and why, and ran a proper load test before trying again.',
      result: 'The second version cut p99 by 35%.',
      learnings: 'I skipped testing because I was sure. Now I load test anything on the hot path first.',
    }),
  },
  {
    expect: ['leadership'],
    smallForStaff: true,
    story: story({
      title: 'Helping a new engineer find her feet',
      situation: 'A bootcamp grad joined and was quiet in standups and slow to ask for help.',
      action:
        'Set up a weekly hour with her, gave her small wins first, reviewed her designs before they went to the group, and had her present her work at demo day.',
      result: 'By her first review she was leading a small feature on her own.',
    }),
  },
  {
    expect: ['prioritization'],
    smallForStaff: true,
    story: story({
      title: 'Choosing between the rewrite and the features',
      situation:
        'Sales wanted three features for a big deal, and our payments code desperately needed a rewrite. We couldn’t do both this half.',
      action:
        'I put numbers on both: the deal was worth $600k, the rewrite would cut incidents we were spending a day a week on. Proposed doing the two features that mattered for the deal and the riskiest third of the rewrite; the rest waited.',
      result: 'Deal closed; incident time halved.',
    }),
  },
  {
    expect: ['ambiguity'],
    smallForStaff: false,
    story: story({
      title: 'What should "offline mode" even mean',
      situation:
        'The CEO promised customers an offline mode. Nobody had defined it and three teams had different ideas.',
      action:
        'I listed the questions we could not answer yet, built two throwaway prototypes, and put them in front of five field technicians. I wrote up what we learned and a recommendation, and asked the most sceptical lead to tear it apart before the review.',
      result:
        'We shipped read-only offline in 10 weeks, which covered 90% of the cases technicians described.',
    }),
  },
  {
    expect: ['customer'],
    smallForStaff: true,
    story: story({
      title: 'Sitting with the support team',
      situation: 'Our admin screen got more complaints than anything else.',
      action:
        'I spent two days listening to support calls, noted every place admins got stuck, and fixed the five worst ones.',
      result: 'Tickets about the admin screen fell by 60% the next month.',
    }),
  },
  {
    expect: ['blockers', 'partnerships'],
    smallForStaff: false,
    story: story({
      title: 'Waiting on the data platform team',
      situation:
        'Our launch needed a new event stream from the data platform team, who were fully booked for the quarter.',
      action:
        'Before we started I met their manager to agree on what they would give us and when, and got our director to put it on their plan. I assigned one of my engineers as the contact for that dependency and we sent a short status every Friday. When their work slipped two weeks, we built against a stub so we weren’t stuck.',
      result: 'Launched one week late instead of a month, across both teams.',
    }),
  },
  {
    expect: ['delivery'],
    smallForStaff: true,
    story: story({
      title: 'Hitting the app store deadline',
      situation:
        'Apple’s new privacy rules meant our app would be pulled unless we shipped changes in three weeks.',
      action:
        'Broke the work into daily goals, cut everything not required by the rules, and tested on real devices every evening.',
      result: 'Submitted two days before the cutoff and approved first time.',
    }),
  },
  {
    expect: ['growth'],
    smallForStaff: true,
    story: story({
      title: 'Getting better at writing',
      situation: 'My design docs kept getting sent back as hard to follow; my manager said so in my review.',
      action:
        'I took a technical writing course, asked a staff engineer to mark up my next two docs, and started writing the summary first.',
      result: 'My next doc was approved in one round and is now used as an example for new hires.',
    }),
  },
  {
    expect: ['partnerships'],
    smallForStaff: false,
    story: story({
      title: 'Building the returns flow with the warehouse team',
      situation:
        'Returns touched our checkout and the warehouse team’s systems, and the two teams had a history of blaming each other.',
      action:
        'I went to their lead first, showed how returns cost both teams (refund delays hit our NPS, manual work hit theirs), and we agreed one target: refunds within 48 hours. We wrote down who owned which API and met weekly.',
      result: 'Refund time went from 9 days to 2; the teams now plan returns work together.',
    }),
  },
]
