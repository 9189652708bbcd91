import { describe, expect, it } from 'vitest'
import { analyzeQuestion } from '../../../src/shared/search/question'

/**
 * Everyday questions that describe a situation without naming the competency. The top inferred
 * competency must be one of the expected ones: this guards the hand-written cues in
 * content/vocabulary.json (competencyCues) against misfiring common words.
 */
const EVERYDAY_QUESTIONS: ReadonlyArray<[question: string, expected: readonly string[]]> = [
  [
    'The numbers on a key dashboard suddenly dropped and nobody knows why. Where do you start?',
    ['ambiguity'],
  ],
  ['Tell me about a time the goalposts kept moving and nobody could say what done meant.', ['ambiguity']],
  [
    'You relied on the payments group for an API and they had their own roadmap. What happened?',
    ['partnerships'],
  ],
  [
    'Tell me about the time you got paged in the middle of the night for a service you did not write.',
    ['ownership'],
  ],
  ['Tell me about a flaky build that everyone had learned to live with until you fixed it.', ['ownership']],
  ['How did you help a new grad who kept going quiet whenever she was stuck?', ['leadership']],
  ['Tell me about raising morale on a team that had just been through a painful reorg.', ['leadership']],
  ['Your launch needs a security sign off that has been pending for a month. What do you do?', ['blockers']],
  ['Tell me about a heated code review with a peer who would not budge.', ['conflict']],
  ['Tell me about a time being sure you were right led you astray.', ['failure', 'growth']],
  ['Tell me about a launch that flopped and what you would do differently.', ['failure']],
  ['Your team is pulled in too many directions. How do you decide what to drop?', ['prioritization']],
  ['Tell me about a time you watched users struggle with a feature and changed it.', ['customer']],
  ['Describe a time a big client was about to walk away. What did you do?', ['customer']],
  ['Tell me about getting a hesitant group of senior engineers to adopt your proposal.', ['influence']],
  ['What is something you used to be bad at and worked hard to get good at?', ['growth']],
]

describe('question → competency cues on everyday wording', () => {
  it.each(EVERYDAY_QUESTIONS)('%s', (question, expected) => {
    const top = analyzeQuestion(question).competencies[0]?.id
    expect(expected).toContain(top)
  })

  it('does not read a single common word such as "led" as leadership', () => {
    const inferred = analyzeQuestion('Tell me about a time overconfidence led you astray.').competencies
    expect(inferred[0]?.id).not.toBe('leadership')
  })
})
