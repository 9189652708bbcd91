/**
 * Measured corrections for the shipped cue lists (content/competencies.json and
 * content/everyday-phrases.json). Both were measured, not written from reading stories, on the team's
 * labelled fixtures (test/shared/competencies/fixtures-dev*.ts, fixtures-implicit.ts, fixtures.ts), the
 * demo vault and the odd-numbered (tune) half of bench/eval/stories.json; never on its even-numbered
 * half. Re-measure them after changing the cue lists a lot (.scratch/comp.ts prints the figures).
 */

/**
 * Cues that mostly turn up in stories about something else: generic words ("weekly", "review", "need",
 * "manager") or phrases any engineering story uses in passing. They still count, at
 * TUNING.weakCueWeight of their weight. A cue is listed when it fired in at least four labelled stories
 * whose labels did not include its competency and under one in five of its firings were in stories
 * whose labels did.
 */
export const WEAK_CUES: Readonly<Record<string, readonly string[]>> = {
  ambiguity: ['review', 'turned out', 'shared', 'data', 'plan', 'logs'],
  blockers: [
    'weekly',
    'feature flag',
    'bottleneck',
    'report',
    'risk',
    'recommendation',
    'interviewed',
    'dashboard',
    'talked to',
    'ceo',
    'options',
    'leadership',
  ],
  conflict: [
    'later',
    'numbers',
    'data',
    'differently',
    'learned',
    'experiment',
    'committed',
    'shared goal',
    'decided',
    'trust',
    'measured',
    'result',
  ],
  customer: ['instead', 'need', 'talked to'],
  delivery: ['estimate', 'target', 'review', 'tests', 'delivery', 'committed', 'tracked'],
  failure: ['failed', 'tests', 'retro', 'changed', 'cost', 'differently', 'checklist'],
  growth: [
    'wrote',
    'review',
    'never',
    'talk',
    'shipped',
    'asked',
    'shared',
    'presented',
    'led',
    'paired',
    'result',
  ],
  influence: ['teams', 'agreed', 'migrated', 'data', 'demo', 'listened', 'sponsor', 'feedback', 'leadership'],
  leadership: ['lead', 'security', 'one-on-one', 'leadership', 'spike', 'options'],
  ownership: ['rather than wait', 'differently', 'learned', 'dropped', 'metric', 'tracked'],
  partnerships: [
    'other team',
    'weekly',
    'went to',
    'depended on',
    'stakeholder',
    'shipped',
    'numbers',
    'revenue',
    'thanked',
    'retro',
    'contract',
    'result',
    'delivered',
  ],
  prioritization: [
    'dropped',
    'deadline',
    'roadmap',
    'manager',
    'cut',
    'pushed',
    'cost',
    'agreed',
    'planning',
    'saved',
    'result',
  ],
}

/**
 * Per competency, a factor on its evidence. Some cue lists reach further than others (partnership cues
 * fire on any story that mentions another team; influence is told in fewer, quieter words), so without
 * it some competencies are suggested far more often than people label them and others far less. Set by
 * scaling each factor until each competency's share of suggestions matched its share of labels across
 * the stories above; the factors' geometric mean is 1, so the overall level stays with the thresholds.
 */
export const CALIBRATION: Readonly<Record<string, number>> = {
  ambiguity: 1.08,
  partnerships: 0.77,
  ownership: 0.91,
  leadership: 0.95,
  blockers: 0.84,
  conflict: 1.47,
  failure: 0.71,
  prioritization: 1.16,
  customer: 0.84,
  delivery: 1.12,
  influence: 1.44,
  growth: 1.02,
}
