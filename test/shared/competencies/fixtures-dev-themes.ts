import { story, type LabelledStory } from './fixtures'

/**
 * Seventh part of the development set: common senior-engineer themes (a platform nobody used, a lost
 * team decision, a hard conversation, onboarding at scale, CI for many teams) in our own words.
 */
export const DEV_G: LabelledStory[] = [
  {
    expect: ['failure'],
    smallForStaff: false,
    story: story({
      title: 'The internal developer portal nobody opened',
      situation:
        'I led a team of four for two quarters building a developer portal that I was sure everyone wanted.',
      action:
        'We built it from our own idea of what teams needed and skipped talking to them because we were in a hurry. After launch, weekly visitors were under 30 in an org of 400. I called the project, wrote an honest review for my director of what we got wrong, and we kept the one piece people did use, the service catalog.',
      learnings: 'Talk to the people who are meant to use it before building, even when you think you know.',
    }),
  },
  {
    expect: ['conflict'],
    smallForStaff: true,
    story: story({
      title: 'Outvoted on the API style',
      situation: 'The team voted for GraphQL for the new mobile API. I had argued for REST and lost 4 to 2.',
      action:
        'I told the team I still thought REST was the safer choice and why, then said I would back the decision. I took on the caching layer, the part I had been most worried about, so my concern became my job to solve.',
      result: 'Shipped on time; the caching design I wrote is what made GraphQL work for us.',
    }),
  },
  {
    expect: ['leadership'],
    smallForStaff: true,
    story: story({
      title: 'A hard conversation about performance',
      situation:
        'One engineer on my team kept missing commitments and others were picking up the slack and getting resentful.',
      action:
        'I met him privately, gave specific examples rather than general complaints, and asked what was going on. He was struggling with a sick parent. We cut his load for a month, agreed clear goals for each week, and checked in every Friday.',
      result: 'He was back on track in two months and the rest of the team stopped carrying his work.',
    }),
  },
  {
    expect: ['ownership', 'influence'],
    smallForStaff: false,
    story: story({
      title: 'CI was slow for every team in the monorepo',
      situation:
        'Builds in our monorepo took 40 minutes and 14 teams complained about it every retro, but CI belonged to nobody.',
      action:
        'I started on it in my spare time, found that most of the time was spent rebuilding things that had not changed, and set up remote caching for my team as a test. With the numbers from two weeks I asked the other team leads to turn it on, and wrote a one-page guide so each team could do it in an hour.',
      result:
        'Median build time fell to 9 minutes for all 14 teams; platform then took over the cache as an official service.',
    }),
  },
  {
    expect: ['leadership', 'delivery'],
    smallForStaff: false,
    story: story({
      title: 'Onboarding programme for a hiring wave',
      situation:
        'Engineering was going from 40 to 90 people in a year and new hires took two months to ship anything.',
      action:
        'I designed a four-week programme: a starter project per team, a rotation of mentors, and a checklist for managers. I trained the first twelve mentors myself and ran the first two cohorts.',
      result:
        'New hires shipped their first change in week one; by the end of the year 50 people had gone through it.',
    }),
  },
  {
    expect: ['ownership'],
    smallForStaff: true,
    story: story({
      title: 'nightly job that "sometimes" failed',
      situation:
        'the nightly sales import failed maybe once a week. everyone assumed it was the vendor and re-ran it in the morning',
      action:
        'i got tired of it and actually read the logs for a month of failures. it was our own retry logic giving up too early. fixed it and added an alert if it fails twice in a row',
      result: '0 failures in 3 months, nobody has to babysit it anymore',
    }),
  },
  {
    expect: ['prioritization', 'influence'],
    smallForStaff: false,
    story: story({
      title: 'Cutting a project I had championed',
      situation:
        'Halfway through a rewrite I had pushed for, a new regulation meant our team had to build audit trails in the same quarter.',
      action:
        'I went to my director and recommended pausing my own rewrite: the audit work had a legal date and the rewrite could wait. Wrote down where the rewrite stood so we could pick it up cleanly later.',
      result:
        'Audit trails shipped a week before the regulation took effect; the rewrite restarted the next quarter.',
    }),
  },
  {
    expect: ['customer', 'failure'],
    smallForStaff: true,
    story: story({
      title: 'We lost a customer over a slow bug fix',
      situation:
        'A mid-size customer reported that their invoices showed the wrong tax. We treated it as low priority.',
      action:
        'By the time I looked at it three weeks later they had given notice. I called their finance manager to apologise and fixed it that week, but they still left. Afterwards I set up a rule that anything touching a customer’s money is triaged the same day.',
      result: 'We lost that account. Money bugs now get a response within a day.',
      learnings: 'Low priority for us was not low priority for them.',
    }),
  },
  {
    expect: ['partnerships', 'delivery'],
    smallForStaff: false,
    story: story({
      title: 'Leaving the old data centre',
      situation:
        'Our lease on the data centre ended in nine months. Moving out needed our team, networking, security and two product teams.',
      action:
        'I got one person from each group into a weekly meeting, wrote the plan with them rather than for them, and agreed which team owned each system’s move. When security’s review became the bottleneck, we agreed with them on a standard checklist so they could review in batches.',
      result: 'Out of the data centre three weeks before the lease ended, saving $1.1M a year.',
    }),
  },
  {
    expect: ['growth'],
    smallForStaff: true,
    story: story({
      title: 'Learning to say "I don’t know"',
      situation:
        'In my first year as a senior I felt I had to have an answer for everything and sometimes guessed in meetings.',
      action:
        'A guess of mine sent a teammate down the wrong path for two days. After that I started saying "I don’t know, I’ll find out" and coming back with the answer the same day.',
      result: 'My manager noticed in my next review that people trusted my answers more.',
    }),
  },
]
