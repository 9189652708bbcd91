import { story, type LabelledStory } from './fixtures'

/**
 * Fifth part of the development set: hurried notes with typos, free tags and mixed voices, the way a
 * vault looks after a year of quick entries. See fixtures-dev.ts.
 */
export const DEV_E: LabelledStory[] = [
  {
    expect: ['customer'],
    smallForStaff: true,
    story: story({
      title: 'angry restaurant owner',
      tags: ['support', 'pos'],
      situation:
        'restaurant owner called support 4 times in a day, his tablet kept logging out during dinner rush',
      action:
        'support looped me in. i called him back myself, stayed on the line during his next service and saw the session timeout was set for office users not kitchens. made it configurable per location and rang him the next night to see how it went',
      result:
        'no more logouts, he left us a 5 star review and 200+ other restaurants switched the setting on',
    }),
  },
  {
    expect: ['prioritization', 'conflict'],
    smallForStaff: false,
    story: story({
      title: 'Design vs eng on the onboarding revamp',
      situation:
        'Design wanted a full onboarding redesign, eng wanted to fix the three bugs that caused most drop-off. Only one was going to fit in the quarter and both sides dug in.',
      action:
        'I got the drop-off data per step and sat down with the design lead; we agreed the bugs were costing more signups than the redesign would add this quarter. We did the bug fixes plus the one redesigned screen that mattered most and priortized the rest for next quarter.',
      result: 'Onboarding completion went from 41% to 55%; the full redesign shipped the following quarter.',
    }),
  },
  {
    expect: ['ownership'],
    smallForStaff: true,
    story: story({
      title: 'Backups we had never tested',
      tags: ['reliability', 'databases'],
      situation:
        'We had nightly backups of the main database but nobody had ever tried restoring one. It wasn’t anyone’s job in particular.',
      action:
        'Spent two days doing a full restore into a scratch environment. It failed: the backups were missing a schema. Fixed the backup job, wrote a script that does a test restore every Sunday and posts the result in our channel.',
      result: 'Three months later a bad migration corrupted a table and we restored it in 25 minutes.',
    }),
  },
  {
    expect: ['leadership', 'growth'],
    smallForStaff: true,
    story: story({
      title: 'becoming a manager for the first time',
      situation: 'went from senior eng to managing 5 people incl. 2 who had been my peers. no training',
      action:
        'asked my old manager for weekly coaching, read a couple of management books, started proper 1:1s with everyone and wrote down each persons goals. got it wrong early by still taking the hard tickets myself, switched to reviewing and unblocking instead',
      result: 'team engagement survey up 20 points in 6 months, one of my reports got promoted',
    }),
  },
  {
    expect: ['blockers'],
    smallForStaff: false,
    story: story({
      title: 'Data warehouse move stuck on approvals',
      situation:
        'Moving our analytics to a new warehouse needed sign-off from finance, security and the data governance board, each of which met monthly.',
      action:
        'I went to each group before their meeting with a one-page summary answering the questions they usually ask. Got our CFO to sponsor it so it went on the board’s agenda straight away. Tracked every open question with an owner and a date, and chased them every Monday.',
      result: 'All three approvals in five weeks instead of the four months the last project took.',
    }),
  },
  {
    expect: ['failure'],
    smallForStaff: true,
    story: story({
      title: 'embarassing demo',
      situation:
        'demoed the new search to the exec team. it returned nothing for the first query the CEO typed',
      action:
        'i had only tested with my own queries. afterwards i said that to my manager straight out, collected 500 real queries from logs and built a proper test set before the next demo',
      result: 'second demo two weeks later went fine and the test set is now used in CI',
      learnings: 'test with real data, not the data you wish you had',
    }),
  },
  {
    expect: ['influence'],
    smallForStaff: false,
    story: story({
      title: 'Feature flags for everyone',
      situation:
        'Only my team used feature flags; the rest of the org did big-bang releases and had a rollback most weeks.',
      action:
        'I wrote up our last 20 releases with and without flags, offered to set flags up for any team in an afternoon, and got the two teams with the worst rollback record to try it. Their leads presented their numbers at the next eng review, which did more than anything I said.',
      result: '9 of 12 teams used flags within two quarters and rollbacks dropped by 70%.',
    }),
  },
  {
    expect: ['partnerships'],
    smallForStaff: false,
    story: story({
      title: 'Working with the ML platform team on feature serving',
      situation:
        'We needed low-latency feature lookups and the ML platform team owned the feature store. Their goals were about training, not serving.',
      action:
        'Met their lead and showed how serving latency hurt the models they were measured on, since stale features lowered accuracy. We agreed a latency target together, they built the read path and we built the cache in front, with a shared dashboard both teams watched.',
      result: 'p99 lookups went from 80ms to 9ms. The two teams now do quarterly planning together.',
    }),
  },
  {
    expect: ['ambiguity'],
    smallForStaff: true,
    story: story({
      title: 'Random 502s nobody could explain',
      situation:
        'For a month we got random 502s, a few hundred a day, and every team said it wasn’t them. There was no obvious pattern.',
      action:
        'I wrote down every theory people had, then picked the cheapest ones to rule out first. Added request tracing at the load balancer, which ruled out four theories in a day. It turned out to be idle connection timeouts that did not match between the load balancer and the app.',
      result: 'Fixed with two config changes; 502s went to near zero.',
    }),
  },
  {
    expect: ['delivery', 'ownership'],
    smallForStaff: false,
    story: story({
      title: 'tax season readiness',
      situation:
        'tax filing deadline is fixed by law. our e-file service fell over at 40% of last years peak in load tests, 7 weeks out',
      action:
        'took it on as the lead. split the fixes across 4 engineers, each owning one bottleneck, daily 15 min check, re-ran the load test every week and wrote down the number on the team board. added autoscaling alarms so we would know before users did',
      result: 'handled 130% of last years peak on deadline day with zero downtime',
    }),
  },
  {
    expect: ['conflict'],
    smallForStaff: true,
    story: story({
      title: 'Disagreed with my tech lead about testing',
      situation:
        'My tech lead wanted 100% test coverage on the new service. I thought it would slow us down for little gain.',
      action:
        'Told him why in our 1:1 and suggested coverage on the core logic only. He still wanted 100%. I went with his call and did it properly, and kept track of how much time it cost us so we could talk about it with real numbers later.',
      result:
        'At the retro we looked at the numbers together and the team settled on 80% for new services. We get on well.',
    }),
  },
  {
    expect: ['growth', 'customer'],
    smallForStaff: true,
    story: story({
      title: 'Answering support tickets for a month',
      situation:
        'I realised I had no idea how customers actually used what I built. I asked to spend a month on the support rotation.',
      action:
        'Answered about 300 tickets and kept a list of the ones our product caused. Took the top five back to my team and we fixed three of them that sprint.',
      result: 'Tickets in those categories fell by half, and I now read a sample of tickets every Friday.',
    }),
  },
]
