/**
 * The knobs of competency scoring, in one place. Chosen on the team's own labelled stories
 * (test/shared/competencies/fixtures-dev*.ts, fixtures-implicit.ts, fixtures.ts and the demo vault)
 * and, from 2026-11-26, also on the odd-numbered (tune) half of bench/eval/stories.json: the
 * thresholds below, the share-of-strongest rule and the tag field weight were checked against it. The
 * even-numbered half is held out and was only measured, in aggregate. The fixtures-holdout*.ts sets
 * were not tuned on either (only their aggregate F1 was watched, to catch regressions).
 */
export const TUNING = {
  /** From this confidence a suggestion counts as one of the story's competencies. */
  confident: 0.45,
  /** The story's strongest competency counts from this lower confidence (about one clear cue). */
  topConfident: 0.3,
  /** A story is rarely about more than this many things; more would make every story match everything. */
  maxConfident: 3,
  /** Stories up to this many content words are judged as they are; longer ones are scaled down. */
  normalLength: 200,
  /** How hard length is scaled down: 0.5 = by the square root of "how many times longer". */
  lengthPower: 0.5,
  /** Points at which absolute confidence reaches ~63%. */
  scale: 3,
  /** Share of confidence that does not depend on being close to the story's main theme. */
  relativeFloor: 0.45,
  /** How much a checklist item's best cue counts next to a story signal. */
  checklistWeight: 0.3,
  /** How much a question cue found in a story counts next to a story signal. */
  questionCueWeight: 0.5,
  /** How much a cue found in every background story is discounted (0 = not at all, 1 = to nothing). */
  commonCueDiscount: 0.8,
  /** How much a cue listed as weak (calibration.ts) counts next to the others. */
  weakCueWeight: 0.3,
  /** The second competency counts only from this share of the first one's confidence. */
  secondOfStrongest: 0.5,
  /** The third counts only from this share of the first one's confidence. */
  thirdOfStrongest: 0.7,
}
