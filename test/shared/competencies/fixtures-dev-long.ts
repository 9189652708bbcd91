import { story, type LabelledStory } from './fixtures'

/**
 * Fourth part of the development set: longer stories with scope told in ordinary words and usually two
 * competencies each, the way a full vault entry reads. See fixtures-dev.ts.
 */
export const DEV_D: LabelledStory[] = [
  {
    expect: ['blockers', 'delivery'],
    smallForStaff: false,
    story: story({
      title: 'Moving 30 services to the new Kubernetes clusters',
      situation:
        'The old clusters were going out of support in March, and 30 services owned by six teams still ran on them. Every team had its own roadmap and nobody wanted to spend a sprint on infrastructure.',
      task: 'I was the tech lead for the move, with three engineers from my team and about two quarters.',
      action:
        'Before asking anyone for time, I got our VP to make the deadline part of every team’s quarterly goals. I wrote a migration kit so most services took a day, and we did the first service for each team ourselves. Each team had one person who was our contact. I kept a spreadsheet of every service with its status and sent a summary every Friday to the leads and the VP. When the networking team could not give us the firewall changes in time, we asked our director to lend us one of their engineers for two weeks rather than wait in their queue.',
      result:
        'All 30 services moved by mid-February, three weeks before the cut-off, with two minor incidents.',
      people: 12,
      teams: 7,
      durationWeeks: 22,
      reach: 'org',
    }),
  },
  {
    expect: ['conflict', 'influence'],
    smallForStaff: false,
    story: story({
      title: 'Pushing back on a date the VP had already announced',
      situation:
        'Our VP told the whole company the new billing system would launch in June. Our team’s estimate was September and nobody had told him.',
      action:
        'I asked for 30 minutes with him and brought the plan with the three things that made June impossible. He was annoyed and said other teams manage. I did not argue about whether we were slow; I showed him which features could make June and what the risk was of forcing the rest. We went through it twice more that week with my manager in the room.',
      result:
        'He announced a June launch for new customers only and September for everyone else. Both dates held, and he asked me to do the same kind of review for the next big project.',
      people: 9,
      teams: 2,
      reach: 'multi-team',
    }),
  },
  {
    expect: ['leadership', 'ownership'],
    smallForStaff: true,
    story: story({
      title: 'Our on-call was burning people out',
      situation:
        'The team of six was getting paged several times a night and two people had said in 1:1s they were thinking of leaving.',
      action:
        'I took the worst week of pages and went through them one by one with the team. We split the top problems between us so each person owned one, and I spent my own time on the noisiest alert. I also set up a handover doc and a rule that whoever was paged at night starts late the next day.',
      result:
        'Night pages went from about 20 a week to 3. Nobody left, and one of the engineers who owned a fix presented it at the eng all-hands.',
      people: 6,
      teams: 1,
      reach: 'team',
    }),
  },
  {
    expect: ['failure', 'delivery'],
    smallForStaff: false,
    story: story({
      title: 'The mobile redesign we launched too early',
      situation:
        'We rebuilt the mobile app’s home screen over a quarter with two teams and were under pressure to ship before the holiday season.',
      action:
        'Against the advice of our QA lead, I agreed to launch with crash reporting only half wired up. Crashes on older Android phones were five times normal and ratings dropped to 3.1. We pulled the release from the store, fixed the top crashes in a week and relaunched with a staged rollout.',
      result: 'Ratings recovered to 4.4 within a month, but we lost most of the holiday window.',
      learnings:
        'I let the date win over what our QA lead told me. Now a release doesn’t go out without crash data, and I listen harder when QA says no.',
      people: 14,
      teams: 2,
      durationWeeks: 13,
      reach: 'multi-team',
    }),
  },
  {
    expect: ['partnerships', 'customer'],
    smallForStaff: false,
    story: story({
      title: 'Bank integration for our biggest customer',
      situation:
        'Our largest customer, a hotel chain, could not reconcile payments because the bank’s file format had changed. Their finance team was doing it by hand every night.',
      action:
        'I got on a call with their finance lead to see the actual files, then set up a weekly call with the bank’s integration team, who had never worked with a company our size. We agreed on a test file exchange every Tuesday and one shared goal: the customer’s books close without manual work. I kept the customer updated after every call.',
      result: 'Automatic reconciliation went live in six weeks; the customer renewed for three years.',
      people: 5,
      teams: 3,
      reach: 'multi-team',
    }),
  },
  {
    expect: ['growth', 'ambiguity'],
    smallForStaff: true,
    story: story({
      title: 'First time owning a machine learning feature',
      situation:
        'I was asked to build spam detection for comments. I had never trained a model and nobody on the team had either; the PM just wanted "less spam".',
      action:
        'Spent the first two weeks on a free ML course and reading our data, and met with a data scientist from another org every week to check my thinking. Since "less spam" meant nothing measurable, I proposed a target (half the reported spam, under 1% false positives) and got the PM to agree. Started with a simple word-based model before anything fancier.',
      result: 'Reported spam fell by 62% with 0.6% false positives; the simple model is still in production.',
      people: 1,
      teams: 1,
      reach: 'individual',
    }),
  },
  {
    expect: ['prioritization', 'customer'],
    smallForStaff: false,
    story: story({
      title: 'Three enterprise asks and one quarter',
      situation:
        'Three enterprise customers each wanted a different feature by Q3: SSO, audit logs and a custom export. Together it was about two quarters of work for my team of five.',
      action:
        'I called each customer’s admin to find out what was really driving the ask. SSO was blocking a renewal worth $400k; the others were nice to have. We built SSO first, shipped a basic audit log that covered the compliance need, and told the third customer the export would come in Q4 with a workaround meanwhile.',
      result: 'All three renewed. The Q4 export shipped on time.',
      people: 5,
      teams: 1,
      reach: 'team',
    }),
  },
  {
    expect: ['ownership', 'blockers'],
    smallForStaff: false,
    story: story({
      title: 'The certificate rotation nobody wanted',
      situation:
        'A root certificate used by 40 services was expiring in 10 weeks. Security flagged it, but it sat in a shared backlog with no name on it.',
      action:
        'I put my name on it. Mapped every service that trusted the old root, and for each of the nine owning teams I found one engineer to be the contact. Two teams said they had no time this quarter, so I went to their managers with the expiry date and offered to make the change myself if they reviewed it. Weekly update in the security channel with what was left.',
      result:
        'Rotated with eight days to spare and no outage. The list of services is now kept up to date automatically.',
      people: 11,
      teams: 9,
      durationWeeks: 10,
      reach: 'org',
    }),
  },
  {
    expect: ['influence', 'leadership'],
    smallForStaff: false,
    story: story({
      title: 'Getting engineers to write design docs again',
      situation:
        'Our org of about 60 engineers had stopped writing design docs; people said they were a waste of time, and we kept rebuilding the same things.',
      action:
        'Rather than mandate anything, I wrote a two-page template, used it on my own next project, and asked three respected seniors to try it on theirs. I ran a monthly review session where anyone could bring a draft and coached a few mid-level engineers through their first docs.',
      result:
        'By the end of the year most projects over two weeks had a doc, and two teams found they were about to build the same service.',
      people: 60,
      teams: 8,
      reach: 'org',
    }),
  },
  {
    expect: ['delivery'],
    smallForStaff: true,
    story: story({
      title: 'checkout latency before peak',
      situation: 'checkout p95 was 2.1s, product wanted under 1s before the summer sale. 5 weeks. me + 1',
      action:
        'profiled a week of traffic, found 3 slow calls. cached tax rates, batched inventory checks, moved the fraud call async. shipped one change per week behind a flag and watched the numbers each time',
      result: 'p95 at 780ms two weeks before the sale. conversion on mobile up 4%',
      people: 2,
      teams: 1,
      durationWeeks: 5,
      reach: 'team',
    }),
  },
  {
    expect: ['conflict', 'leadership'],
    smallForStaff: true,
    story: story({
      title: 'Two seniors who would not work together',
      situation:
        'Two senior engineers on my team had a falling out over a design and were now refusing to review each other’s code. It was splitting the team into camps.',
      action:
        'I talked to each of them privately and found the original argument was mostly about credit. I got them together, made it clear what I expected from both, and gave them separate parts of the system with a shared interface they had to agree on.',
      result:
        'They agreed the interface in a week and shipped it; by the next quarter they were pairing again without me asking.',
      people: 7,
      teams: 1,
      reach: 'team',
    }),
  },
  {
    expect: ['ambiguity', 'partnerships'],
    smallForStaff: false,
    story: story({
      title: 'Merging two companies’ login systems',
      situation:
        'After we bought a smaller company, leadership said the two products should have "one login" but gave no more than that. Their team was in another time zone and worried they would be swallowed.',
      action:
        'I flew out to spend a week with their team, and we wrote down together what "one login" could mean, from shared SSO to a full account merge. We picked the smallest version that let customers use both products, agreed on who would build which part, and set up a shared channel and a weekly demo.',
      result: 'Shared SSO shipped in four months. Their team lead now co-owns identity with us.',
      people: 10,
      teams: 2,
      reach: 'multi-team',
    }),
  },
]
