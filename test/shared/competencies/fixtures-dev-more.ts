import { story, type LabelledStory } from './fixtures'

/** The second half of the development set (see fixtures-dev.ts for how it was written). */
export const DEV_B: LabelledStory[] = [
  {
    expect: ['ambiguity'],
    smallForStaff: false,
    story: story({
      title: 'A team called "developer productivity"',
      situation:
        'I joined a brand new team whose whole brief was "make developers more productive". No roadmap, no charter, no metrics.',
      action:
        'We interviewed 15 engineers from different orgs and ran a short survey, then picked one bet, build times, because it came up everywhere and we could measure it. I wrote a one-page charter and sent it round asking people to poke holes in it before we committed.',
      result: 'CI build times halved in two quarters. The charter is still how the team explains itself.',
    }),
  },
  {
    expect: ['failure'],
    smallForStaff: false,
    story: story({
      title: 'The microservices split I pushed for',
      situation:
        'I argued hard for splitting our monolith. A year later we had nine services, worse latency, and nobody could debug a request end to end.',
      action:
        'I said in the architecture review that this one was on me. We merged four of the services back and put tracing in before anything else.',
      result: 'Latency back to where it was, incident time down by half.',
      learnings:
        'I designed for the architecture I liked, not the team we had. Should have started with one service and waited.',
    }),
  },
  {
    expect: ['ownership'],
    smallForStaff: true,
    story: story({
      title: 'alert noise',
      situation: 'on-call was getting ~200 pages a week, most of them junk. i wasnt even on that rotation',
      action:
        'went through every alert from the last month on my own time. deleted or retuned about 70%. made a rule that a new alert needs a runbook link or it doesnt get merged, and added a weekly review of what paged',
      result: 'down to ~30 a week and it has stayed there for a year',
    }),
  },
  {
    expect: ['leadership'],
    smallForStaff: true,
    story: story({
      title: 'Getting Priya to senior',
      situation:
        'A mid-level engineer on my team wanted to reach senior but kept getting passed over for big work.',
      action:
        'We met every two weeks. I had her lead the design of the caching layer with me only reviewing, let her make a couple of calls I would not have made, and pushed her to present it at architecture review herself.',
      result: 'She was promoted eight months later and now runs that area.',
    }),
  },
  {
    expect: ['growth'],
    smallForStaff: true,
    story: story({
      title: 'From web backend to GPU scheduling',
      situation: 'I moved to the ML infra team without knowing anything about GPUs or training jobs.',
      action:
        'Read the papers the team kept quoting, shadowed on-call for a month, and kept a doc of everything I didn’t understand. Went through it with one of the seniors every Friday.',
      result:
        'By month four I was designing the scheduler changes and wrote the team’s intro doc for the next new person.',
    }),
  },
  {
    expect: ['blockers'],
    smallForStaff: true,
    story: story({
      title: 'Launching on a vendor API that was still in beta',
      situation: 'Our launch depended on a payments vendor whose API was in beta.',
      action:
        'Before we committed to a date I got a call with their PM, asked for a named contact and their roadmap. We built a fake of their API so we were never sitting idle waiting on them, and checked in with their contact every week.',
      result:
        'Two weeks before launch they changed the auth flow. We already had a fallback and launched on time.',
    }),
  },
  {
    expect: ['customer'],
    smallForStaff: true,
    story: story({
      title: 'Checkout with a screen reader',
      situation: 'A blind shopper emailed our CEO that checkout was impossible with his screen reader.',
      action:
        'I got on a call with him and watched him try to buy something. Wrote down every place he got stuck. We fixed the worst 12 in three weeks and I asked him to try it again before we announced anything.',
      result:
        'He placed an order the day we shipped and wrote back to say thanks. Screen-reader checkouts tripled.',
    }),
  },
  {
    expect: ['conflict'],
    smallForStaff: true,
    story: story({
      title: 'Big bang vs bit by bit',
      situation:
        'My manager wanted to cut over to the new system in one weekend. I thought we should move it piece by piece.',
      action:
        'Made my case with a list of the risks and how each would hurt. He heard me out and still chose the big bang. I said ok and then led the cutover plan myself as if it had been my idea.',
      result:
        'It worked but ran a day over. In the retro we agreed to go incremental next time, and he asked me to run that one.',
    }),
  },
  {
    expect: ['influence'],
    smallForStaff: false,
    story: story({
      title: 'Third time asking security',
      situation:
        'Security had rejected our new deployment approach twice. I had no authority over them and our whole roadmap needed it.',
      action:
        'Instead of sending a third proposal I asked their lead what would make her comfortable. Built in the audit log she wanted and asked her to co-write the doc with me.',
      result: 'Approved in one review. Security now points other teams to it.',
    }),
  },
  {
    expect: ['prioritization', 'delivery'],
    smallForStaff: true,
    story: story({
      title: 'Half the team gone for a month',
      situation:
        'An incident pulled half the team away for a month. We had ten features committed for the release.',
      action:
        'Went through the list with the PM and product lead: kept four, pushed six, and told the customers waiting on those six right away rather than at the deadline.',
      result: 'The four went out on the release date and nobody was caught off guard about the rest.',
    }),
  },
  {
    expect: ['ambiguity'],
    smallForStaff: true,
    story: story({
      title: 'how long do we keep the data',
      situation:
        'legal said "as short as possible", product said "forever". nobody could tell us the actual rule and we had to ship the retention job.',
      action:
        'made a call we could undo: 30 days by default with a config flag. wrote down every assumption we made and put a review date on the calendar with legal.',
      result: 'shipped on time. when legal came back 2 months later we changed one config value.',
    }),
  },
  {
    expect: ['leadership'],
    smallForStaff: false,
    story: story({
      title: 'Six new hires in one quarter',
      situation:
        'We hired six people in one quarter and the old "read the wiki" onboarding was not going to cut it.',
      action:
        'Wrote a week-one guide, paired each new person with a buddy, and picked a small real change for everyone to ship in their first week. I ran a Friday Q&A for the group.',
      result:
        'Time to first PR went from three weeks to four days. Two of the six were running projects by month five.',
    }),
  },
  {
    expect: ['delivery'],
    smallForStaff: true,
    story: story({
      title: 'Reindexing two billion documents',
      situation:
        'The old search cluster was out of support at the end of the quarter and 2B docs had to move.',
      action:
        'We planned it in batches by tenant, built a progress dashboard, ran batches overnight and checked counts and a sample of queries after each one.',
      result: 'Done three weeks early with zero missing documents.',
    }),
  },
  {
    expect: ['customer', 'influence'],
    smallForStaff: true,
    story: story({
      title: 'The dashboard nobody wanted',
      situation: 'We were about to build a team analytics dashboard that the PM was excited about.',
      action:
        'Before writing code I did eight interviews with the people who would supposedly use it. None of them would. I took the recordings to the PM and design lead, and we talked through what users kept asking for instead.',
      result: 'We dropped the dashboard and built the weekly alert digest; weekly actives went up 3x.',
    }),
  },
  {
    expect: ['failure', 'ownership'],
    smallForStaff: true,
    story: story({
      title: 'I approved the PR that broke login',
      situation: 'Friday afternoon, reviewed a PR too fast. It took login down for 40 minutes.',
      action:
        'Led the incident, rolled back, and wrote the post-mortem with my name on the approval. Added a canary stage so a change like that never goes to everyone at once.',
      result: 'No login outages since. The canary caught two bad changes in the next quarter.',
      learnings: 'I don’t review prod changes when I’m rushing out the door any more.',
    }),
  },
  {
    expect: ['growth', 'leadership'],
    smallForStaff: true,
    story: story({
      title: 'First quarter as a lead',
      situation: 'After my first quarter leading I asked the team anonymously what I should change.',
      action:
        'The answer was clear: I was keeping all the interesting work for myself. I started handing out the hard tickets and spending that time pairing and reviewing instead.',
      result:
        'Two engineers took on design work for the first time; my own output dropped and the team’s went up.',
    }),
  },
  {
    expect: ['partnerships'],
    smallForStaff: false,
    story: story({
      title: 'Fraud scoring with the data science org',
      situation: 'Their models, our serving stack. Two orgs, different managers, different planning cycles.',
      action:
        'Early on we wrote one doc of who owned what and picked a single number both sides cared about, false positives per thousand orders. Every two weeks we demoed to each other. When their model slipped I went to their director before it turned into a surprise for either of us.',
      result: 'Launched together; false positives down 30% and chargebacks down $2M a year.',
    }),
  },
  {
    expect: ['blockers'],
    smallForStaff: false,
    story: story({
      title: 'Stuck behind the database freeze',
      situation: 'Our platform migration needed the DBA team, who had announced a freeze for six weeks.',
      action:
        'Rather than wait it out, I offered two of our engineers to help with the work behind their freeze in exchange for a slot for us. Agreed it with their manager and mine in one meeting.',
      result: 'They finished early, we got our slot in week three, and the migration stayed on plan.',
    }),
  },
  {
    expect: ['influence'],
    smallForStaff: false,
    story: story({
      title: 'typescript everywhere',
      situation: '6 teams, all plain js, lots of prod bugs from undefined. i was one engineer on one of them',
      action:
        'counted the incidents from the last year that types would have caught (31). wrote a migration guide, converted our own service first and showed the before/after in the eng guild. got one lead from each team to pick one module to try.',
      result: '5 of 6 teams converted within two quarters, type-related incidents down 70%',
    }),
  },
  {
    expect: ['conflict', 'customer'],
    smallForStaff: true,
    story: story({
      title: 'The feature sales promised',
      situation:
        'An account exec promised a customer an integration we had not built. It came out on a call and things got tense between him and my team.',
      action:
        'I met him after and heard him out: he was about to lose the deal. Then I called the customer with him, explained what we could do in a month, and asked what they needed the integration for.',
      result:
        'The customer was fine with a smaller first version. The AE and I set up a weekly 15 minutes so it wouldn’t happen again.',
    }),
  },
  {
    expect: ['ambiguity', 'delivery'],
    smallForStaff: false,
    story: story({
      title: 'Offline sync with half a spec',
      situation:
        'We were told to ship offline sync for the field app by spring. No one could say what had to work offline or how conflicts should resolve.',
      action:
        'I listed what we didn’t know, ranked it by risk, and spent two weeks on throwaway prototypes for the two scariest unknowns. Took the findings to field techs and their managers, settled on last-write-wins with a review screen, and locked the scope.',
      result: 'Shipped in April as planned; sync errors under 0.5%.',
    }),
  },
  {
    expect: ['prioritization'],
    smallForStaff: true,
    story: story({
      title: 'saying no to the CEO’s pet feature',
      situation: 'ceo wanted a dark mode the same sprint we had a security fix due',
      action:
        'told my manager straight that we couldn’t do both and why. proposed dark mode the sprint after. wrote it up in 3 lines so it could be forwarded',
      result: 'security fix out on time, dark mode two weeks later. ceo was fine with it',
    }),
  },
  {
    expect: ['ownership', 'customer'],
    smallForStaff: true,
    story: story({
      title: 'The invoice bug that wasn’t ours',
      situation:
        'A customer got double-charged. The bug was in another team’s service, and their on-call said it would go in the backlog.',
      action:
        'I didn’t want the customer waiting on a backlog. I found the bug, sent them a fix PR, refunded the customer by hand with support, and called to explain what happened. Added a check that flags duplicate charges within an hour.',
      result: 'Refund went out the same day. The check has caught three more since.',
    }),
  },
  {
    expect: ['partnerships', 'delivery'],
    smallForStaff: false,
    story: story({
      title: 'Card reader rollout with the retail ops folks',
      situation:
        'We were replacing card readers in 400 stores. Store ops ran the installs, we owned the software, and last time the two groups ended up pointing fingers at each other.',
      action:
        'First week I went to their ops manager and asked what a bad rollout cost them (overtime, angry store managers). We agreed we would both be judged on one thing: stores taking payments by 9am the day after install. Set up a shared channel and a 15 minute call every Tuesday, and we ran the first ten stores together before going wide. When their install crews were short in one region I got my director and theirs on a call the same day to move dates rather than let it drift.',
      result: 'All 400 stores done a week early, zero stores unable to take cards next morning.',
    }),
  },
  {
    expect: ['growth', 'failure'],
    smallForStaff: true,
    story: story({
      title: 'my first on-call week went badly',
      situation:
        'first week on call at the new job. got paged at 2am and froze, didnt know the system at all',
      action:
        'woke up a senior who fixed it in 10 min. next day i asked him to walk me through what he did, then i went through every runbook and did a practice drill with him before my next shift. wrote down what confused me and turned it into a cheat sheet for new on-callers',
      result: 'next rotation i handled 6 pages alone. the cheat sheet is part of onboarding now',
    }),
  },
]
