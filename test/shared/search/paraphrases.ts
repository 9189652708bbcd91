/**
 * A question the person linked to a story, and the same question asked again in other words (our own
 * wording). The story is one a person could well tell for it, but not the one the ranker puts first
 * for the rewording by itself, so only the link can bring it there.
 */
export interface Paraphrase {
  linked: string
  askedAgain: string
  /** Index into the demo vault's stories. */
  story: number
}

export const PARAPHRASES: readonly Paraphrase[] = [
  {
    linked: 'Tell me about a time you disagreed with your manager.',
    askedAgain: 'Describe a situation where you and your boss did not see eye to eye.',
    story: 7,
  },
  {
    linked: 'What is the biggest mistake you have made at work?',
    askedAgain: 'Tell me about the worst mistake of your career.',
    story: 6,
  },
  {
    linked: 'Tell me about a time you had to learn something new quickly.',
    askedAgain: 'Give me an example of when you had to pick up a new skill fast.',
    story: 0,
  },
  {
    linked: 'How do you handle competing priorities from several stakeholders?',
    askedAgain: 'What do you do when several stakeholders want different things first?',
    story: 7,
  },
  {
    linked: 'Tell me about a time you made a decision without all the data.',
    askedAgain: 'Describe a decision you had to make with incomplete information.',
    story: 11,
  },
  {
    linked: 'Tell me about a time you went above and beyond for a customer.',
    askedAgain: 'When did you go the extra mile for a customer?',
    story: 8,
  },
  {
    linked: 'Describe a project that failed and what you learned from it.',
    askedAgain: 'Tell me about a project of yours that did not work out, and your lessons.',
    story: 6,
  },
  {
    linked: 'Tell me about a time you mentored someone.',
    askedAgain: 'Give an example of coaching a more junior colleague.',
    story: 4,
  },
  {
    linked: 'Tell me about a time you had to push back on a deadline.',
    askedAgain: 'Have you ever pushed back on a timeline you were given?',
    story: 11,
  },
  {
    linked: 'Tell me about a time you convinced others to adopt your idea.',
    askedAgain: 'How did you persuade a group to go with your proposal?',
    story: 4,
  },
  {
    linked: 'Tell me about a time you took ownership of a problem nobody owned.',
    askedAgain: 'Describe a time you stepped up to own an orphaned problem.',
    story: 9,
  },
  {
    linked: 'Tell me about a time you worked with a difficult partner team.',
    askedAgain: 'Describe working with another team that was hard to collaborate with.',
    story: 8,
  },
]
