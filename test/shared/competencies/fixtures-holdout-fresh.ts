import { story, type LabelledStory } from './fixtures'

/**
 * Written after the cue lists and knobs were frozen and scored once, as a whole, to see how the tuning
 * carries over to wording it has never seen. Do not tune on it: if it is used for tuning, write a new one.
 */
export const FRESH: LabelledStory[] = [
  {
    expect: ['failure', 'ownership'],
    smallForStaff: true,
    story: story({
      title: 'Feature toggle left on in production',
      situation:
        'I shipped a pricing change behind a toggle and forgot to switch the toggle off after testing.',
      action:
        'A merchant noticed their discounts were applied twice. I put my hand up in the team channel, turned it off, and worked out which orders were affected with finance. Then I added an expiry to every toggle so a stale one fails the build.',
      result: '212 orders refunded within a day. No stale toggles have reached production since.',
      learnings: 'Clean-up is part of the change, not something for later.',
    }),
  },
  {
    expect: ['influence'],
    smallForStaff: false,
    story: story({
      title: 'Getting the org to adopt structured logging',
      situation:
        'Every team logged in its own format, so following a request across services was guesswork. I was a senior engineer on one of nine teams.',
      action:
        'I built a small library and a one-page guide, migrated my own team first and measured how much faster we found the cause of incidents. I shared the before/after at the monthly engineering review and sat with the two most reluctant teams to migrate one service each.',
      result:
        'Seven of nine teams switched within four months; cross-service debugging time fell by about half.',
    }),
  },
  {
    expect: ['prioritization', 'delivery'],
    smallForStaff: true,
    story: story({
      title: 'Three weeks to the trade show',
      situation: 'sales wanted 6 demo features for the trade show. 3 weeks, 2 engineers',
      action:
        'asked sales which 2 would actually close deals. built those properly, faked one more with a scripted demo and told them straight the other 3 were not happening before the show',
      result: 'both features worked live on the stand; sales booked 14 follow-up meetings',
    }),
  },
  {
    expect: ['conflict'],
    smallForStaff: true,
    story: story({
      title: 'Arguing about the on-call schedule',
      situation:
        'Half the team wanted a week-long rotation, half wanted daily handovers. The retro turned into a shouting match.',
      action:
        'I stopped the retro and set up 15 minutes with each person to hear what mattered to them: parents wanted predictable weeks, others hated long stretches. We tried a split schedule for a month and voted on it after.',
      result: 'The hybrid stuck and the topic never came up in a retro again.',
    }),
  },
  {
    expect: ['leadership', 'growth'],
    smallForStaff: true,
    story: story({
      title: 'Coaching a junior through their first incident review',
      situation: 'Our newest engineer caused a small outage and was terrified about the review.',
      action:
        'I sat with her to write the timeline together, explained that the review was about the system and not about her, and let her present it while I answered the hard questions. Afterwards I asked her what she would change about how we run reviews and we used two of her ideas.',
      result:
        'She ran the next review on her own. I learned that I had been running reviews in a way that scared new people.',
    }),
  },
  {
    expect: ['customer'],
    smallForStaff: true,
    story: story({
      title: 'Teachers could not print report cards',
      situation:
        'End of term, and teachers at a school district we served could not print report cards from our app.',
      action:
        'I joined a call with three teachers who showed me the print dialog cutting off the last column. Fixed the layout that evening, and asked one teacher to test it with her class list before we rolled it out.',
      result:
        'Report cards printed the next morning for 4,000 students; the district admin emailed to thank the team.',
    }),
  },
  {
    expect: ['partnerships', 'blockers'],
    smallForStaff: false,
    story: story({
      title: 'Search relaunch needed the catalog team',
      situation:
        'Our new search needed clean product attributes, and the catalog team who owned them had other commitments for two quarters.',
      action:
        'I went to their manager with numbers on how bad attributes were costing them in support tickets too, and we agreed on the ten attributes that mattered most to both of us. One of my engineers sat with their team two days a week. When their work slipped, I raised it with both directors within a week and we moved one attribute to the next phase.',
      result: 'Search relaunched a month late but with clean attributes; search conversion went up 11%.',
    }),
  },
  {
    expect: ['ambiguity'],
    smallForStaff: false,
    story: story({
      title: 'What to do about the legacy reporting system',
      situation:
        'A reporting system nobody understood any more was costing $200k a year. Some said rewrite it, some said leave it alone, and nobody knew who still used it.',
      action:
        'I turned on usage logging for a month before forming an opinion, then talked to the twelve people who showed up in the logs. Wrote two options with what each would cost and what we would lose, and asked the finance analyst who relied on it most to pick holes in both.',
      result:
        'We kept four reports, moved them to the data warehouse and switched the rest off, saving $170k a year.',
    }),
  },
  {
    expect: ['blockers', 'delivery'],
    smallForStaff: false,
    story: story({
      title: 'Launch depended on a hardware shipment',
      situation:
        'Our kiosk launch needed 300 new card readers, and the supplier told us six weeks before launch that they would be late.',
      action:
        'I asked our ops lead to find a second supplier for half the units, changed the software to support both reader models, and set up a call every other day with the original supplier so we heard about any new delay at once. Told the launch team exactly which stores were at risk.',
      result: 'Launched on the planned date in 280 of 300 stores; the remaining 20 followed a week later.',
    }),
  },
  {
    expect: ['growth'],
    smallForStaff: true,
    story: story({
      title: 'Got better at estimating',
      situation: 'My estimates were off by 2x or more and my lead pointed it out in my mid-year review.',
      action:
        'For three months I wrote down every estimate and the actual time, and looked at where I was off. Almost always it was testing and reviews I forgot to count. Started breaking work into pieces under two days.',
      result: 'By year end my estimates were within 20% most of the time.',
    }),
  },
  {
    expect: ['ownership', 'customer'],
    smallForStaff: true,
    story: story({
      title: 'The export button that timed out for big accounts',
      situation:
        'Large accounts could not export their data; the request timed out after 30 seconds. It had been in the backlog for months because it only hit a few customers.',
      action:
        'Those few customers were our biggest, so I picked it up between sprints. Moved the export to a background job that emails a link, and set up an alert for any export that takes longer than ten minutes.',
      result:
        'Every account can export now; two enterprise customers who had complained renewed that quarter.',
    }),
  },
  {
    expect: ['influence', 'conflict'],
    smallForStaff: false,
    story: story({
      title: 'Talking the architecture group out of a rewrite',
      situation:
        'The architecture group wanted to rewrite our order service in a new language. My team would do the work and I thought it was a bad idea.',
      action:
        'I said so in the review and it got tense. Instead of arguing taste, I listed the incidents of the past year and showed that only two had anything to do with the language. I proposed fixing the three hotspots in place first and measuring again in a quarter.',
      result:
        'They agreed to the smaller plan; after the fixes incidents fell by 60% and the rewrite was dropped.',
    }),
  },
]
