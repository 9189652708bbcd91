/**
 * The blend that orders stories for a question. Each story gets three parts:
 *
 * - relevance R: BM25F over title, tags, STAR fields, learnings, metrics, company and role (field boosts
 *   in FIELD_BOOSTS), after boilerplate removal, synonyms/phrases (content/vocabulary.json) and spelling
 *   correction. Each question word is weighted by how informative it is (words most question-bank
 *   questions use, like "team", count `genericFloor`; everyday words like "saw" count less, `everyday`),
 *   and words that name what the question probes ("disagreed" in a conflict question) count
 *   (1 + cueBoost·confidence) — see query-weights.ts. R mixes the score relative to
 *   the best story with the share of the question's weight the story covers (`coverageShare`), plus the
 *   share found in the title (`title`).
 * - competency C: the question's inferred competencies, confidence-weighted and NOT renormalised (an
 *   unsure inference moves the ranking less), found among the story's effectiveCompetencies; a story's
 *   second and later competencies count `secondaryCompetency`. When the person chose the competencies
 *   instead, each counts equally and C weighs `chosenCompetency`.
 * - scope S: assessScope fit for the target level, and (mostly at staff and above) how big the reach is,
 *   so the bigger example comes first among equally relevant ones.
 *
 * score = relevance·(1 + topicBoost·T)·R + competency·C + scope·S, divided by the sum of the weights,
 * where T is how much of the question the best story covers: when a question names a topic the vault
 * has, relevance dominates and a small story on that exact topic still comes first (with a warning).
 * A question that asks for the biggest example ("your largest project", scopeSeeking in
 * content/vocabulary.json) flips this: its words are generic, so relevance counts half and scope, by
 * size alone, counts six times as much; any story may then answer, even one sharing none of its words.
 * Relevance leads because question wording is the strongest evidence; competency inference is right
 * about three times in five on others' questions, so it breaks ties rather than overrides; scope
 * re-orders close calls. Weights were chosen on the "tune" and "dev" questions of bench/eval only.
 * Tried there and left out for lack of gain (2026-11): GloVe word vectors (similar-word expansion,
 * story-level mean-vector cosine, vector kNN for competencies), phrase proximity, pseudo-relevance
 * feedback, other field boosts and BM25 settings, story competency confidences instead of membership,
 * logistic regression for the question's competencies.
 */
export const RANK_WEIGHTS = {
  relevance: 0.5,
  competency: 0.2,
  scope: 0.1,
  /** Share of R taken from the share of the question covered (the rest is relative to the best story). */
  coverageShare: 0.3,
  /** Extra relevance weight, scaled by how strongly the best story covers the question's words. */
  topicBoost: 0.4,
  /** Extra relevance for the share of the question's words found in the story's title. */
  title: 0.15,
  /** How much a story's second and later competencies count against its first. */
  secondaryCompetency: 0.7,
  /** Extra weight of a question word that is a cue of a competency it probes, times that confidence. */
  cueBoost: 2,
  /** Weight of a word every question uses ("team", "project"), against 1 for a word no question uses. */
  genericFloor: 0.15,
  /**
   * Words said about anything ("saw", "day", "fix") tell stories apart less than specific ones
   * ("flaky", "escalate"): a question word among the `commonRank` most common in everyday English
   * counts `floor`, one past `rareRank` counts fully, log-linearly in between.
   */
  everyday: { floor: 0.3, commonRank: 1000, rareRank: 20000 },
  /**
   * When the question asks for the biggest example ("your largest project"), its few words are
   * usually generic: relevance counts this much less and scope (by size alone) this much more.
   */
  scopeSeeking: { relevance: 0.5, scope: 6 },
  /**
   * The guessed competencies are mixed, at `share`, with those of the `stories` best word matches
   * (competency-feedback.ts); not when the person chose them.
   */
  neighbourCompetencies: { stories: 3, share: 0.15 },
  /** Competency weight when the person chose what the question probes instead of the guess. */
  chosenCompetency: 0.5,
  /**
   * Stories whose words match most interview questions ("hubs") would otherwise come first for
   * questions of every kind: relevance is multiplied by (typical / vault average)^−power, where typical
   * is the story's relevance to an average question-bank question, within [min, max] (hub-prior.ts).
   */
  hubPrior: { power: 0.3, min: 0.5, max: 2 },
  /** Below this score a story is not shown at all. */
  minScore: 0.05,
}
