import { story, type LabelledStory } from './fixtures'

/**
 * Eighth part of the development set: full vault entries (every STAR field, 120–200 words) labelled
 * strictly, only what the story shows well. Long stories mention many things in passing, so these check
 * that passing mentions do not turn into suggestions. See fixtures-dev.ts.
 */
export const DEV_H: LabelledStory[] = [
  {
    expect: ['delivery'],
    smallForStaff: false,
    story: story({
      title: 'Replacing the search backend before the licence ran out',
      situation:
        'Our commercial search engine licence expired at the end of June and renewing would have cost $400k. About 20 product pages and the mobile app depended on it, and the team that set it up had moved on years ago.',
      task: 'I was asked to lead the move to an open-source engine with three engineers, without users noticing.',
      action:
        'I broke the work into index building, query translation, ranking parity and cut-over, and we shipped each behind a flag. Every Friday we compared the top ten results for 2,000 real queries between old and new and fixed the biggest differences first. I kept a simple burn-up chart that the product lead and my manager could read without asking me. Two weeks before the deadline we moved 10% of traffic, then 50%, then all of it.',
      result:
        'Cut over on June 12th, 18 days before expiry. Search latency improved by 30% and we saved the $400k renewal.',
      learnings: 'Comparing real queries every week kept quality from being a surprise at the end.',
    }),
  },
  {
    expect: ['conflict', 'partnerships'],
    smallForStaff: false,
    story: story({
      title: 'Data team and product team fighting over event definitions',
      situation:
        'The data team and the growth product team had been arguing for months about what counted as an "active user". Dashboards disagreed by 15%, and each side thought the other was being careless. Leadership had stopped trusting either number.',
      task: 'As the engineer who owned the event pipeline, I was stuck in the middle.',
      action:
        'I met each lead on their own and asked them to walk me through how they calculated it and why. The difference came down to two edge cases: background app refreshes and logged-out visits. I wrote both definitions side by side with examples and brought the two leads together to pick one rule for each case. Where they still disagreed, we agreed to report both numbers for a month and see which one predicted retention better.',
      result:
        'One definition was adopted company-wide after the month. The two teams now review metric changes together every quarter.',
    }),
  },
  {
    expect: ['ownership', 'failure'],
    smallForStaff: true,
    story: story({
      title: 'A config change I made took down image uploads',
      situation:
        'I changed the upload service’s memory limit to save money after a cost review. I tested it with small images in staging and it looked fine.',
      task: 'When uploads started failing that evening, I was on call and it was my change.',
      action:
        'I rolled the limit back within 20 minutes of the first alert and posted in the incident channel that my change caused it. The next morning I wrote the incident review, including that I had only tested small files. I added a load test with large images to the deploy pipeline for that service and set up an alert on upload error rate, which we had not had before.',
      result:
        'About 3,000 uploads failed over two hours; we emailed affected users. Since then the load test has blocked two other risky changes.',
      learnings: 'Saving money on a service is a change like any other: test it with the worst real input.',
    }),
  },
  {
    expect: ['leadership'],
    smallForStaff: true,
    story: story({
      title: 'Helping a mid-level engineer take on her first project lead',
      situation:
        'Ana had been on the team two years and wanted to lead a project, but she had never run one and was nervous about talking to other teams.',
      task: 'I was the tech lead and had a medium-sized notifications project coming up that I would normally have led myself.',
      action:
        'I gave her the project and told the team she was the lead. We met for 30 minutes twice a week: I asked her what she planned and let her decide, even when I would have done it differently. I went with her to the first two meetings with the mobile team and then stopped going. When she got stuck on a scheduling problem, I asked questions rather than giving her my answer.',
      result:
        'The project shipped a week late but solid, and Ana led the next two projects on her own. She was promoted at the next cycle.',
      learnings: 'The hardest part for me was staying quiet when I saw a different way.',
    }),
  },
  {
    expect: ['customer', 'prioritization'],
    smallForStaff: false,
    story: story({
      title: 'Fixing the mobile booking flow for older phones',
      situation:
        'Our booking app was built and tested on recent phones. Support started seeing complaints from customers in smaller cities that the app froze at payment. Product’s roadmap for the quarter was all new features.',
      task: 'I was the mobile lead and had to decide whether this was worth pulling people off features.',
      action:
        'I bought three cheap older Android phones and went through the booking flow on each: payment froze for eight seconds on two of them. I looked at our analytics and found 22% of our bookings came from phones like these, with a much lower completion rate. I took the numbers to the product manager and we agreed to pause one feature for three weeks. We cut image sizes, removed an animation library and deferred loading of the map.',
      result:
        'Booking completion on older phones went from 51% to 74%, and payment-freeze complaints stopped.',
    }),
  },
  {
    expect: ['ambiguity', 'influence'],
    smallForStaff: false,
    story: story({
      title: 'Deciding whether to split the monolith at all',
      situation:
        'Everyone said the monolith was the reason we shipped slowly and should be split into services, but nobody had measured what actually slowed us down. Opinions in architecture meetings were strong and mostly anecdotal.',
      task: 'My director asked me to come back with a recommendation in six weeks.',
      action:
        'I pulled a year of data on pull requests: time to review, time to merge, build times and which files changed together. I interviewed ten engineers across four teams about their worst week. The data pointed at slow builds and one tangled billing module, not the monolith as a whole. I wrote this up with three options and sent the draft to the two most vocal supporters of splitting everything, asking them to find the holes before I presented it.',
      result:
        'We split out only billing and invested in build caching. Lead time for changes fell by 40% over the next two quarters, and the "split everything" proposal was dropped by the people who had pushed it.',
    }),
  },
  {
    expect: ['blockers', 'partnerships'],
    smallForStaff: false,
    story: story({
      title: 'Launching in Brazil with a local payments provider',
      situation:
        'To launch in Brazil we needed a local payment method, which meant integrating with a provider we had never worked with. Our legal and finance teams also had to sign off on the contract, and the launch date was set by the marketing budget.',
      task: 'I led the payments side of the launch with two engineers.',
      action:
        'In the first week I set up a call with the provider’s technical team and asked for a sandbox, a named engineer and their release calendar. I met our legal lead to understand what in the contract usually took longest and got those clauses drafted first. I gave each open item an owner and a date in a shared tracker that legal, finance and the provider could all see. When the provider’s sandbox was down for a week, we kept building against a mock we had written from their docs.',
      result:
        'Payments went live two days before the marketing launch. Brazil reached 8% of revenue within six months.',
    }),
  },
  {
    expect: ['growth'],
    smallForStaff: true,
    story: story({
      title: 'Learning to write for executives',
      situation:
        'I wrote long, detailed design docs. When I started sending updates to our VP, she told my manager she could not tell what I was asking for.',
      task: 'I needed to get my point across to senior people who read for two minutes, not twenty.',
      action:
        'I asked my manager for the exact feedback and for two examples of updates the VP liked. I rewrote my next three updates with the decision or ask in the first line and everything else below, and asked my manager to review each before I sent it. I also read a short book on business writing and kept a checklist next to my screen.',
      result:
        'The VP started replying to my updates the same day, and my manager said my writing was no longer something to work on in my next review.',
      learnings: 'Put the ask first; the details are for people who want them.',
    }),
  },
]
