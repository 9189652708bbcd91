import { story, type LabelledStory } from './fixtures'

/**
 * Written as a held-out set before the cue lists were reworked, but its misses were later read while
 * tuning (story-specific phrases were kept out of the cue lists), so it now counts as development data
 * with a looser floor. The untouched held-out sets are fixtures-holdout-fresh.ts and -final.ts.
 */
export const HOLDOUT: LabelledStory[] = [
  {
    expect: ['failure'],
    smallForStaff: true,
    story: story({
      title: 'The email that went to everyone',
      situation: 'I changed the notification batching job so it would run faster.',
      action:
        'Did not notice the filter had moved out of the loop. 80k users got a reminder meant for 300. I stopped the job, owned it in the incident review and helped support answer the angry replies.',
      learnings: 'Now anything that sends to customers gets a dry run against a copy of prod first.',
    }),
  },
  {
    expect: ['influence', 'partnerships'],
    smallForStaff: false,
    story: story({
      title: 'Shared on-call with the payments org',
      situation:
        'Incidents crossing our checkout and the payments org were taking hours because nobody knew whose pager it was. Their director did not think it was a problem.',
      action:
        'I pulled six months of incidents and showed her how much time both orgs lost in the first hour. Found a payments engineer who felt the same pain, and the two of us drafted a joint rotation for the boundary services. Tried it for a month with just our two teams.',
      result: 'Her team asked to make it permanent; time to the right person went from 70 minutes to 10.',
    }),
  },
  {
    expect: ['prioritization'],
    smallForStaff: true,
    story: story({
      title: 'tech debt vs roadmap',
      situation:
        'team of 4. PM wanted all 4 on features. flaky tests were costing us maybe a day per person per week',
      action:
        'showed the PM the hours. agreed 1 person on debt for 6 weeks, the feature with the least revenue attached slid a month',
      result: 'flakes down 80%, and the team shipped faster after so we made up the month',
    }),
  },
  {
    expect: ['leadership'],
    smallForStaff: true,
    story: story({
      title: 'Teaching the team to run their own incidents',
      situation: 'Every incident ended up with me as the incident commander because I had the most context.',
      action:
        'Wrote down how I run one, then shadowed two teammates while they ran the next few, only stepping in when asked. Did a short debrief with each after.',
      result:
        'Within two months three people could run an incident without me; I took my first real vacation in a year.',
    }),
  },
  {
    expect: ['conflict'],
    smallForStaff: true,
    story: story({
      title: 'QA and dev at war',
      situation:
        'Our QA lead and one of our devs had stopped talking; every bug report turned into an argument about whether it was "really a bug".',
      action:
        'Talked to each of them separately first. Then sat them down together and we wrote a short definition of severity both could live with, with examples from the last month.',
      result:
        'Arguments in the tracker basically stopped and the release checklist uses those definitions now.',
    }),
  },
  {
    expect: ['growth'],
    smallForStaff: true,
    story: story({
      title: 'Public speaking',
      situation: 'I used to avoid presenting; my skip-level told me it was holding my career back.',
      action:
        'Joined a Toastmasters group, gave a lightning talk at the internal tech day, and asked two people to give me notes afterwards on pace and slides.',
      result: 'Gave a 30-minute talk at a regional conference the next year.',
    }),
  },
  {
    expect: ['customer', 'prioritization'],
    smallForStaff: true,
    story: story({
      title: 'Bulk edit for the small shops',
      situation:
        'Small merchants kept writing in that editing 500 product prices one at a time took them a whole evening. It was never on the roadmap because the big accounts did not need it.',
      action:
        'I read through 200 of the support emails and called five of the merchants. Made the case to swap it in for a dashboard widget that only internal people had asked for.',
      result: 'Bulk edit shipped in three weeks; price-edit support emails fell by 70%.',
    }),
  },
  {
    expect: ['delivery', 'blockers'],
    smallForStaff: false,
    story: story({
      title: 'Payroll launch in a new country',
      situation:
        'We had a fixed date to run payroll in Canada: the first customer’s employees had to be paid on the 15th.',
      action:
        'We worked back from the 15th, kept a daily list of open risks, and got the tax vendor to give us a direct engineer contact when their sandbox kept going down. Parallel-ran payroll for two cycles against a spreadsheet before the real one.',
      result: 'Everyone was paid correctly on the 15th.',
    }),
  },
  {
    expect: ['ownership'],
    smallForStaff: false,
    story: story({
      title: 'Certificates that expired every year',
      situation:
        'Every year some internal certificate expired and something broke; each time someone renewed it by hand and moved on.',
      action:
        'After the third one I went looking and found 140 certs with no owner. I set up automatic renewal, a report of anything expiring within 30 days, and put each remaining manual one on a named team.',
      result: 'No certificate outages in the two years since.',
    }),
  },
  {
    expect: ['ambiguity'],
    smallForStaff: false,
    story: story({
      title: 'Should we build or buy search',
      situation:
        'We were asked whether to build our own search or buy one. Nobody had numbers for either and the people asking had strong opinions both ways.',
      action:
        'I set out what we would need to believe for each option, spent a week load-testing a vendor trial and a quick prototype, and wrote the answer up with the parts I was least sure of marked. Asked the loudest build-it person to review it first.',
      result:
        'We bought, saved an estimated year of work, and the doc is still linked whenever build vs buy comes up.',
    }),
  },
  {
    expect: ['partnerships'],
    smallForStaff: false,
    story: story({
      title: 'Maps provider switch with the mobile org',
      situation:
        'Our maps bill was exploding and switching providers needed changes in the mobile org’s apps, which they had no reason to prioritise.',
      action:
        'I showed their lead that the same switch would cut their app size and startup time, which they were graded on. We picked a launch date together, split the work by team, and met every Thursday.',
      result: 'Switched in two months; maps cost down 60% and their app start time improved 15%.',
    }),
  },
  {
    expect: ['blockers'],
    smallForStaff: false,
    story: story({
      title: 'Procurement ate our timeline',
      situation: 'We needed a new observability vendor and procurement said the review takes 12 weeks.',
      action:
        'Found out what procurement actually checks, got security’s questionnaire filled in before they asked, and had our VP send one email to their head explaining the date we were trying to hit. Kept running on the free tier meanwhile so the team wasn’t stuck.',
      result: 'Contract signed in five weeks; rollout started on schedule.',
    }),
  },
  {
    expect: ['failure', 'growth'],
    smallForStaff: true,
    story: story({
      title: 'promo packet rejected',
      situation: 'went up for staff and didnt get it. committee said scope was all within my team',
      action:
        'asked my manager and one committee member for the honest version. spent the next 9 months deliberately taking on work across 3 teams and writing it down as i went',
      result: 'promoted next cycle',
      learnings: 'i had been waiting to be given big scope instead of going to find it',
    }),
  },
  {
    expect: ['customer', 'ownership'],
    smallForStaff: true,
    story: story({
      title: 'The clinic that lost a day of bookings',
      situation: 'A small clinic called in tears: their online bookings had silently stopped a day earlier.',
      action:
        'I stayed on the phone with them while I found the cause (an expired calendar token), got them running, then went through their missed bookings with them one by one. Added a check that warns a clinic when syncing stops.',
      result:
        'They stayed with us; the warning fires for a few clinics a week now and support reaches out first.',
    }),
  },
  {
    expect: ['influence', 'leadership'],
    smallForStaff: false,
    story: story({
      title: 'Design reviews people wanted to come to',
      situation:
        'Design reviews in our org were optional and mostly skipped; big mistakes were getting found in production.',
      action:
        'I started a weekly open review, brought my own half-finished designs first so it felt safe, and coached a couple of mid-level engineers to run it. Asked two respected principals to show up the first month.',
      result:
        'By the end of the quarter five teams were bringing designs, and two of the engineers I coached were running it.',
    }),
  },
  {
    expect: ['delivery'],
    smallForStaff: true,
    story: story({
      title: 'Black Friday readiness',
      situation:
        'Six weeks before Black Friday our load tests showed the cart falling over at 3x normal traffic.',
      action:
        'Made a list of the top five bottlenecks, fixed them in order of how much headroom each bought, re-ran the load test every Monday and stopped at 6x.',
      result: 'Peak was 5x normal; no cart errors.',
    }),
  },
]
