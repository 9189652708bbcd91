import { story, type LabelledStory } from './fixtures'

/**
 * Third part of the development set: everyday engineering topics (security, reorgs, deprecations,
 * pricing tests, mobile releases, pipelines, hiring, cost cuts) told plainly. See fixtures-dev.ts.
 */
export const DEV_C: LabelledStory[] = [
  {
    expect: ['ownership'],
    smallForStaff: true,
    story: story({
      title: 'Leaked API key in a public repo',
      situation:
        'Saturday morning I saw a GitHub alert that one of our service keys was in a public gist. Security was off for the weekend.',
      action:
        'Rotated the key myself, checked the access logs for the window it was exposed (nothing used it), and wrote it up for security on Monday. Then added a pre-commit secret scanner to our repos so it would not happen again.',
      result: 'Key dead within 40 minutes of the alert. The scanner has blocked 11 secrets since.',
    }),
  },
  {
    expect: ['ambiguity', 'leadership'],
    smallForStaff: false,
    story: story({
      title: 'Reorg left us with half a team and no mandate',
      situation:
        'After the reorg my team of 7 was merged with another 4 people and nobody told us what we now owned. Two services had no clear home.',
      action:
        'I listed every service and on-call duty we might own, met each product manager to find out what they expected of us, and proposed a split to my director. I kept the team in the loop every week so people knew what was settled and what was still open, and paired the new folks with our people for on-call.',
      result:
        'Ownership was signed off in three weeks; nobody left the team and on-call coverage never lapsed.',
    }),
  },
  {
    expect: ['influence', 'partnerships'],
    smallForStaff: false,
    story: story({
      title: 'Turning off the v1 API',
      situation: 'Our v1 API cost us a lot to keep alive and 23 internal teams still called it.',
      action:
        'I mapped who called what, then went team by team. For each one I showed what v1 was costing them in incidents and wrote the migration PR for the first three myself. Set a shutdown date with our VP and published a weekly list of who was left.',
      result: 'v1 switched off on the date. 21 teams moved on their own; we did the last two together.',
    }),
  },
  {
    expect: ['ambiguity', 'customer'],
    smallForStaff: true,
    story: story({
      title: 'pricing test',
      situation:
        'sales thought our starter plan was too cheap, marketing thought it was too expensive. nobody had data either way',
      action:
        'set up an a/b test on the pricing page with 3 price points, agreed up front with both sides what result would change our minds. read every cancellation reason from the last 6 months too',
      result: 'middle price won, revenue per signup +18% with no drop in signups',
    }),
  },
  {
    expect: ['delivery', 'prioritization'],
    smallForStaff: true,
    story: story({
      title: 'iOS release the week Apple changed the rules',
      situation:
        'Our big release was ready when Apple changed its tracking rules. Submitting as it was meant rejection.',
      action:
        'We pulled the two features that used tracking, shipped everything else on the original date, and put the pulled features behind a consent screen for the next release.',
      result:
        'Release went out on time and was approved first try; the two features followed three weeks later.',
    }),
  },
  {
    expect: ['ownership', 'failure'],
    smallForStaff: true,
    story: story({
      title: 'Pipeline silently dropping rows',
      situation:
        'Finance noticed the monthly revenue report was short. It came from an ETL job I had written the year before.',
      action:
        'I traced it to a join I wrote that dropped rows with null region codes. I told finance straight away it was my bug, re-ran the last six months, and added row-count checks between every stage that alert on any mismatch.',
      result:
        'Reports corrected before the board meeting. The checks have caught two upstream problems since.',
    }),
  },
  {
    expect: ['leadership'],
    smallForStaff: false,
    story: story({
      title: 'Fixing how we hire',
      situation:
        'Our interviews were all different: every interviewer asked their own questions and the debriefs were gut feel.',
      action:
        'I wrote a simple rubric with the team, ran mock interviews to train eight new interviewers, and sat in on their first few loops to give them feedback.',
      result:
        'We hired five engineers that half; all five passed their first review and interviewers said debriefs took half the time.',
    }),
  },
  {
    expect: ['prioritization', 'ownership'],
    smallForStaff: false,
    story: story({
      title: 'cutting the aws bill',
      situation: 'CFO asked every team to cut cloud spend 20%. ours was $90k/mo.',
      action:
        'made a list of everything we paid for, sorted by cost, and only went after the top 5 since they were 80% of the bill. we left the rest alone. rightsized databases, moved logs to cold storage after 7 days, killed 2 forgotten clusters',
      result: 'down to $61k/mo in 5 weeks (-32%), no performance impact',
    }),
  },
  {
    expect: ['conflict', 'partnerships'],
    smallForStaff: false,
    story: story({
      title: 'The security team kept blocking our releases',
      situation:
        'Every release got stuck in security review for a week and my team had started calling them "the department of no". Their lead thought we were careless.',
      action:
        'I asked their lead for an hour to understand what they were looking for, and it turned out most of their time went on things we could check automatically. We agreed on a checklist we would run before submitting, and they agreed to review anything that passed within a day.',
      result: 'Review time went from a week to a day. The "department of no" joke stopped.',
    }),
  },
  {
    expect: ['growth'],
    smallForStaff: true,
    story: story({
      title: 'learning SQL properly',
      situation: 'i kept pinging the data team for queries i should have been able to write',
      action:
        'did the sql course the data team recommended, then answered my own questions for a month and had one of them check my queries',
      result: 'stopped needing help for day to day stuff, and wrote the dashboards for our launch myself',
    }),
  },
  {
    expect: ['blockers', 'delivery'],
    smallForStaff: false,
    story: story({
      title: 'Mobile launch held up by the app store review',
      situation:
        'We had a marketing campaign booked for a date and the app had been rejected twice in review.',
      action:
        'I read the rejection notes line by line, got on a call with Apple developer relations, and in parallel built a web fallback so the campaign could point somewhere if the app was still not approved. Sent daily updates to marketing so they could decide on the campaign with real information.',
      result: 'Approved two days before the campaign; launch went ahead as planned.',
    }),
  },
  {
    expect: ['customer', 'delivery'],
    smallForStaff: true,
    story: story({
      title: 'Warehouse scanners',
      situation:
        'Warehouse staff were typing SKUs by hand because our scanning screen was too slow on their old devices.',
      action:
        'I went to the warehouse for a shift and timed it: 4 seconds per scan. Profiled it on the same devices, stripped the screen down to what they used, and shipped the new version in two weeks.',
      result: 'Scans took under half a second and the floor manager said picking was 20% faster.',
    }),
  },
]
