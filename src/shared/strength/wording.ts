import type { StoryFields } from '../story/schema'
import { hasMetric } from './measures'

/**
 * Checklist items that people phrase in endless ways ("the bug was mine", "next time I'd…"). The
 * framework's short cue lists miss most of them, and a "not shown yet" next to a sentence that says
 * exactly that makes the whole check look broken, so these items are also read with broad patterns.
 */

/** Apostrophes as people type them, folded to one. */
function plain(text: string): string {
  return text.replace(/[’‘`´]/g, "'")
}

const I = String.raw`\b(?:I|I've|I'd|I had|I have)`

/** Saying plainly that your own part went wrong, or that you took it on. */
const OWNS_PART: readonly RegExp[] = [
  /\b(?:was|were|is|'s) (?:all |entirely |partly |mostly |squarely |really )?(?:mine|on me)\b/i,
  /\bmy (?:own )?(?:mistake|fault|error|bug|blunder|oversight|slip|miss|misjudge?ment|bad|responsibility|doing)\b/i,
  new RegExp(
    I +
      String.raw` (?:\w+ly )?(?:caused|broke|introduced|missed|overlooked|forgot|underestimated|misjudged|misread|misunderstood|dropped the ball|messed up|screwed up|got (?:it|this|that) wrong|shipped (?:a|the) bug|pushed (?:a|the) bad)\b`,
    'i',
  ),
  new RegExp(I + String.raw` (?:\w+ly )?(?:owned|own(?:ed)? up|admitted|took the blame|owned the)\b`, 'i'),
  new RegExp(
    I +
      String.raw` (?:\w+ )?(?:took|take|accepted|accept) (?:full |the |personal |complete )*(?:responsibility|ownership|blame|accountability)\b`,
    'i',
  ),
  /\bI (?:was|had been) (?:the one (?:who|that)|wrong|responsible|at fault|to blame)\b/i,
  /\bI(?:'m| am) (?:the one (?:who|that)|responsible|to blame)\b/i,
  /\bI made (?:a|the|an|that|this) (?:\w+ )?(?:mistake|error|wrong call|bad call|misstep)\b/i,
  /\bmy (?:own )?(?:code|change|commit|script|migration|deploy|deployment|query|config|patch|pull request|PR)\b[^.!?]{0,40}\b(?:caused|broke|introduced|took down|brought down)\b/i,
  /\bmy (?:part|share) (?:in|of) (?:it|this|that|the)\b/i,
]

/** Saying what you would do differently: unmistakable anywhere in the story. */
const DOES_DIFFERENTLY: readonly RegExp[] = [
  /\bnext time\b/i,
  /\b(?:in|with) hindsight\b/i,
  /\blooking back\b/i,
  /\bif I (?:did|had|could|were to|was to|got to) (?:do )?(?:it|this|that|the \w+) (?:again|over)\b/i,
  /\bshould(?: not|n't)? (?:have|'ve)\b|\bshould(?:n't)?'ve\b/i,
  /\bI wish I(?:'d| had)\b/i,
  /\b(?:do|done|doing|did|approach|handle) (?:it |things |this |that )?differently\b/i,
  /\bwhat I(?:'d| would) change\b/i,
]

/**
 * Readings that only mean "what I would do differently" in the learnings: elsewhere "it would have
 * cost us a week" or "every morning I would check" say something else.
 */
const DOES_DIFFERENTLY_IN_LEARNINGS: readonly RegExp[] = [
  /\b(?:would|could)(?: not|n't)? (?:have|'ve)\b|\b(?:would|could)(?:n't)?'ve\b/i,
  /\bI(?:'d| would)(?! (?:been|had|already|never|just|only)\b) (?:\w+)/i,
  /\b(?:from now on|going forward|these days I|since then I|now I (?:always|never|first|start|ask|write|check|make|insist|push))\b/i,
  /\binstead of\b/i,
]

/** Checklist items read by the patterns above, by competency and item id. */
const READ_BROADLY: Readonly<Record<string, 'owns-part' | 'differently' | 'numbers'>> = {
  'ownership/spotted-problem': 'owns-part',
  'failure/owned-it': 'owns-part',
  'failure/differently': 'differently',
  'ownership/would-repeat': 'differently',
  'ownership/verified-success': 'numbers',
  'delivery/measured-result': 'numbers',
}

function storyText(story: Partial<StoryFields>): string {
  return plain([story.situation, story.task, story.action, story.result, story.learnings].join('\n'))
}

export function ownsPart(story: Partial<StoryFields>): boolean {
  const text = storyText(story)
  return OWNS_PART.some((pattern) => pattern.test(text))
}

export function saysDifferently(story: Partial<StoryFields>): boolean {
  const text = storyText(story)
  const learnings = plain(story.learnings ?? '')
  return (
    DOES_DIFFERENTLY.some((pattern) => pattern.test(text)) ||
    DOES_DIFFERENTLY_IN_LEARNINGS.some((pattern) => pattern.test(learnings))
  )
}

/**
 * Whether the story shows a checklist item by these broad readings: true or false where an item is read
 * this way, undefined where the framework's cues decide alone. Items about numbers follow `hasMetric`
 * exactly, both ways, so "has a measurable result" and "verified success with numbers" never disagree.
 */
export function readsAs(
  story: Partial<StoryFields>,
  competencyId: string,
  itemId: string,
  cuesFound: boolean,
): boolean {
  const kind = READ_BROADLY[`${competencyId}/${itemId}`]
  if (kind === 'numbers') return hasMetric(story)
  if (cuesFound) return true
  if (kind === 'owns-part') return ownsPart(story)
  if (kind === 'differently') return saysDifferently(story)
  return false
}
