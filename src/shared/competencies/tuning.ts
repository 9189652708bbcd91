/**
 * The knobs of competency scoring, in one place. Chosen on the team's own labelled stories
 * (test/shared/competencies/fixtures*.ts and the demo vault), not on the benchmark's eval set.
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
}
