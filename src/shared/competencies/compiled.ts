import { demoStories } from '../content/demo-vault'
import type { StoryFields } from '../story/schema'
import type { Framework } from './framework'
import { findPhrase, indexStory } from './story-text'
import { TUNING } from './tuning'
import { isContentTerm, matchTerms, Vocabulary } from './terms'

/** A cue phrase reduced to canonical terms; `weight` grows with length since phrases are more specific. */
export interface CompiledCue {
  text: string
  terms: string[]
  weight: number
}

export interface CompiledChecklistItem {
  id: string
  label: string
  cues: CompiledCue[]
}

export interface CompiledCompetency {
  id: string
  name: string
  /** The id and name as terms: a tag like "ownership" or "Working through ambiguity" is direct evidence. */
  selfTerms: string[][]
  /** Multiplies the competency's points (see Framework calibration). */
  calibration: number
  signals: CompiledCue[]
  checklist: CompiledChecklistItem[]
}

export interface CompiledFramework {
  competencies: CompiledCompetency[]
  vocabulary: Vocabulary
}

function compileCue(text: string, vocabulary: Vocabulary): CompiledCue | null {
  const terms = matchTerms(text)
  // Three small words in a row ("could not do both") are specific; one or two ("not now") are not.
  if (!terms.some(isContentTerm) && terms.length < 3) return null
  for (const t of terms) vocabulary.add(t)
  return { text, terms, weight: terms.length === 1 ? 1 : Math.min(2, 1.3 + 0.3 * (terms.length - 2)) }
}

function compileCues(
  texts: readonly string[],
  vocabulary: Vocabulary,
  weak: ReadonlySet<string> = new Set(),
): CompiledCue[] {
  const seen = new Set<string>()
  const out: CompiledCue[] = []
  for (const text of texts) {
    const cue = compileCue(text, vocabulary)
    if (!cue) continue
    if (weak.has(text)) cue.weight *= TUNING.weakCueWeight
    const key = cue.terms.join(' ')
    if (seen.has(key)) continue
    seen.add(key)
    out.push(cue)
  }
  return out
}

/**
 * A cue listed under several competencies ("escalated" for partnerships, blockers and conflict) says
 * less about any one of them: its weight is shared between them.
 */
function discountSharedCues(competencies: Array<Omit<CompiledCompetency, never>>): void {
  const owners = new Map<string, Set<string>>()
  const keyOf = (cue: CompiledCue) => cue.terms.join(' ')
  for (const c of competencies) {
    for (const cue of [...c.signals, ...c.checklist.flatMap((i) => i.cues)]) {
      const set = owners.get(keyOf(cue)) ?? new Set<string>()
      set.add(c.id)
      owners.set(keyOf(cue), set)
    }
  }
  for (const c of competencies) {
    for (const cue of [...c.signals, ...c.checklist.flatMap((i) => i.cues)]) {
      const shared = owners.get(keyOf(cue))?.size ?? 1
      cue.weight = cue.weight / Math.sqrt(shared)
    }
  }
}

/**
 * A cue that turns up in most stories whatever they are about ("shipped", "plan", "results": every
 * story has a result) says little about any competency. Its weight shrinks with the share of
 * background stories it appears in, like inverse document frequency.
 */
function discountCommonCues(
  competencies: CompiledCompetency[],
  vocabulary: Vocabulary,
  background: readonly Partial<StoryFields>[],
): void {
  if (background.length === 0) return
  const indexed = background.map((story) => indexStory(story, vocabulary))
  const share = new Map<string, number>()
  for (const c of competencies) {
    for (const cue of [...c.signals, ...c.checklist.flatMap((i) => i.cues)]) {
      const key = cue.terms.join(' ')
      let value = share.get(key)
      if (value === undefined) {
        const ids = cue.terms.map((t) => vocabulary.idOf(t))
        value = indexed.filter((story) => findPhrase(story, ids).length > 0).length / indexed.length
        share.set(key, value)
      }
      cue.weight *= 1 - TUNING.commonCueDiscount * value
    }
  }
}

/** Interview wording people echo in stories ("without being asked") counts too, but less than story signals. */
function withQuestionCues(signals: CompiledCue[], questionCues: CompiledCue[]): CompiledCue[] {
  const known = new Set(signals.map((c) => c.terms.join(' ')))
  const extra = questionCues
    .filter((c) => !known.has(c.terms.join(' ')))
    .map((c) => ({ ...c, weight: c.weight * TUNING.questionCueWeight }))
  return [...signals, ...extra]
}

const cache = new WeakMap<Framework, CompiledFramework>()

/** Compiles once per framework object; the default framework is compiled on first use. */
export function compileFramework(
  framework: Framework,
  background: readonly Partial<StoryFields>[] = demoStories,
): CompiledFramework {
  const cached = cache.get(framework)
  if (cached) return cached
  const vocabulary = new Vocabulary()
  const competencies = framework.competencies.map((c) => {
    const weak = new Set(c.weakCues)
    return {
      id: c.id,
      name: c.name,
      selfTerms: [matchTerms(c.id), matchTerms(c.name)].filter((t) => t.some(isContentTerm)),
      calibration: c.calibration,
      signals: withQuestionCues(
        compileCues(c.storySignals, vocabulary, weak),
        compileCues(c.questionCues, vocabulary, weak),
      ),
      checklist: c.checklist.map((item) => ({
        id: item.id,
        label: item.label,
        cues: compileCues(item.cues, vocabulary, weak),
      })),
    }
  })
  discountSharedCues(competencies)
  discountCommonCues(competencies, vocabulary, background)
  const compiled = { competencies, vocabulary }
  cache.set(framework, compiled)
  return compiled
}
