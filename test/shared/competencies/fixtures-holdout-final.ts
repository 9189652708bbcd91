import { story, type LabelledStory } from './fixtures'

/**
 * Written after the last change to cues and knobs and scored once, as a whole: the honest figure for
 * wording the matcher has never seen. Never tune on it; if it gets used for tuning, write a new one.
 */
export const FINAL: LabelledStory[] = [
  {
    expect: ['ownership'],
    smallForStaff: true,
    story: story({
      title: 'Disk filling up on the build servers',
      situation:
        'Build servers ran out of disk every few weeks and whoever noticed would clear out old artifacts by hand.',
      action:
        'I wrote a cleanup job that keeps the last five builds per branch, added a disk usage alert at 80%, and documented both in the team wiki so it did not depend on me.',
      result: 'No full-disk build failures in the nine months since.',
    }),
  },
  {
    expect: ['influence', 'customer'],
    smallForStaff: false,
    story: story({
      title: 'Making the case for dark mode accessibility fixes',
      situation:
        'Users with low vision kept telling us our dark theme was unreadable, but product saw it as cosmetic and kept putting it off.',
      action:
        'I ran a contrast check on every screen, recorded two users walking through the app, and brought the clips to the product review along with the number of support contacts about it. Offered to do the fixes in our slack time.',
      result:
        'Product put it on the roadmap that month. Contrast complaints dropped to almost none after the release.',
    }),
  },
  {
    expect: ['conflict', 'partnerships'],
    smallForStaff: false,
    story: story({
      title: 'Who pays for the shared cache cluster',
      situation:
        'Three teams used one cache cluster and none wanted it in their budget. Meetings about it went nowhere and got snippy.',
      action:
        'I proposed we split the cost by usage, pulled the numbers myself so nobody could argue about them, and met each lead one to one before the next meeting to hear their objections.',
      result:
        'All three signed off on usage-based billing in one meeting and the cluster got a proper owner.',
    }),
  },
  {
    expect: ['growth'],
    smallForStaff: true,
    story: story({
      title: 'Picking up Go for the new service',
      situation: 'The team picked Go for a new service and I had only written Java.',
      action:
        'Worked through a Go tutorial over two weekends, read the standard library code for the packages we used, and asked our Go expert to review my first few PRs closely.',
      result: 'Within a month my PRs were going through review as fast as anyone’s.',
    }),
  },
  {
    expect: ['failure', 'delivery'],
    smallForStaff: false,
    story: story({
      title: 'Promised a date I could not keep',
      situation:
        'I told a partner we would have the new webhook API ready in six weeks, without checking with the team first.',
      action:
        'By week four it was clear we would need ten. I called the partner myself to reset the date, explained why, and offered them early access to a beta. Then we cut retries and filtering from the first version to land it at eight weeks.',
      result: 'Shipped in eight weeks; the partner launched on our beta.',
      learnings: 'I now check estimates with the people doing the work before saying a date out loud.',
    }),
  },
  {
    expect: ['leadership'],
    smallForStaff: true,
    story: story({
      title: 'Letting a junior own the release process',
      situation: 'I had run every release for a year and was the only one who knew how.',
      action:
        'I picked our most junior engineer, wrote down the steps with her, did two releases side by side and then handed it over completely, only answering questions when she asked.',
      result: 'She has run every release since and improved the script in ways I had not thought of.',
    }),
  },
  {
    expect: ['ambiguity', 'prioritization'],
    smallForStaff: false,
    story: story({
      title: 'Where to start on "make the app faster"',
      situation: 'Leadership asked us to make the app faster. No target, no definition of which part.',
      action:
        'I pulled real user timing data and found three screens that made up most of the waiting. Proposed a target for those three only and explicitly left the rest out, then got product to agree that this was what "faster" meant for the quarter.',
      result:
        'The three screens got 45% faster; app store reviews mentioning speed went from negative to neutral.',
    }),
  },
  {
    expect: ['blockers'],
    smallForStaff: false,
    story: story({
      title: 'Waiting on a security exception',
      situation:
        'Our launch needed an exception to a firewall rule and the security team had a three-week queue.',
      action:
        'I wrote the request so it answered their usual questions up front, asked our director to flag it to their manager as launch-critical, and built the feature against a test environment without the rule so we could keep going.',
      result: 'Exception approved in four days; we launched on schedule.',
    }),
  },
  {
    expect: ['delivery'],
    smallForStaff: true,
    story: story({
      title: 'Year-end reporting on time',
      situation:
        'Year-end reports for 800 clients had to be out by January 10th. The generator had never handled that many.',
      action:
        'Ran a full dry run in early December, fixed the two slowest queries, and split the run into batches we could restart.',
      result: 'All 800 reports out on January 8th.',
    }),
  },
  {
    expect: ['partnerships'],
    smallForStaff: false,
    story: story({
      title: 'Joint roadmap with the payments team',
      situation:
        'Our checkout changes kept breaking the payments team’s fraud checks, and their changes kept breaking our flows.',
      action:
        'I suggested a monthly planning session between the two teams and a shared list of upcoming changes that touched both. We each named a contact for the other side.',
      result: 'Cross-team breakages went from about two a month to one in the following half.',
    }),
  },
]
