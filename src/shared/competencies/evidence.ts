import type { StoryFields } from '../story/schema'
import type { CompiledChecklistItem, CompiledCompetency, CompiledCue, CompiledFramework } from './compiled'
import { cueIndex, matchedCues, withPhraseMatches, type PhraseMatch } from './cue-index'
import { indexStory, type TextField } from './story-text'
import { matchTerms } from './terms'
import { TUNING } from './tuning'

/** One cue found in a story, with the field it counted most in. */
export interface CueHit {
  cue: string
  field: TextField
  points: number
}

export interface CompetencyEvidence {
  id: string
  /** Raw points (calibrated for the competency) before normalising for story length. */
  points: number
  hits: CueHit[]
  /** Checklist item ids whose cues appear in the story. */
  checklistPresent: string[]
  taggedDirectly: boolean
}

/** Extra occurrences of the same cue count, but less and less: repeating a word is not more evidence. */
const REPEAT_BONUS = 0.25
const DIRECT_TAG_POINTS = 4

function cueHit(cue: CompiledCue, match: PhraseMatch | undefined): CueHit | null {
  if (!match) return null
  const { best, repeats } = match
  return { cue: cue.text, field: best.field, points: cue.weight * best.weight * (1 + REPEAT_BONUS * repeats) }
}

/**
 * A competency's evidence from its signals and checklist items found in the story (`matched`, in
 * ascending order, as the content lists them): the others would add nothing.
 */
function evidenceFor(
  competency: CompiledCompetency,
  phrases: { signals: readonly number[]; checklist: readonly (readonly number[])[] },
  matched: { signals: readonly number[]; checklistItems: readonly number[] },
  matches: ReadonlyArray<PhraseMatch | undefined>,
): CompetencyEvidence {
  const hits: CueHit[] = []
  let points = 0
  for (const k of matched.signals) {
    const hit = cueHit(competency.signals[k] as CompiledCue, matches[phrases.signals[k] ?? -1])
    if (hit) {
      hits.push(hit)
      points += hit.points
    }
  }
  const checklistPresent: string[] = []
  for (const i of matched.checklistItems) {
    const item = competency.checklist[i] as CompiledChecklistItem
    const itemPhrases = phrases.checklist[i] ?? []
    let itemBest: CueHit | null = null
    for (let k = 0; k < item.cues.length; k++) {
      const hit = cueHit(item.cues[k] as CompiledCue, matches[itemPhrases[k] ?? -1])
      if (hit && (!itemBest || hit.points > itemBest.points)) itemBest = hit
    }
    if (itemBest) {
      checklistPresent.push(item.id)
      // A checklist item counts once however many of its cues appear.
      if (!hits.some((h) => h.cue === itemBest.cue)) {
        hits.push({ ...itemBest, points: itemBest.points * TUNING.checklistWeight })
        points += itemBest.points * TUNING.checklistWeight
      }
    }
  }
  return {
    id: competency.id,
    points: points * competency.calibration,
    hits,
    checklistPresent,
    taggedDirectly: false,
  }
}

function tagKeys(story: Partial<StoryFields>): Set<string> {
  return new Set((story.tags ?? []).map((t) => matchTerms(t.replace(/[-_/]+/g, ' ')).join(' ')))
}

export function gatherEvidence(
  story: Partial<StoryFields>,
  compiled: CompiledFramework,
): { evidence: CompetencyEvidence[]; termCount: number } {
  const indexed = indexStory(story, compiled.vocabulary)
  const cues = cueIndex(compiled)
  const tags = tagKeys(story)
  const evidence = withPhraseMatches(indexed, cues, (matches, found) => {
    const matched = matchedCues(cues, found)
    return compiled.competencies.map((c, i) => {
      const e = evidenceFor(
        c,
        { signals: cues.signalPhrases[i] ?? [], checklist: cues.checklistPhrases[i] ?? [] },
        { signals: matched.signals[i] ?? [], checklistItems: matched.checklistItems[i] ?? [] },
        matches,
      )
      const taggedDirectly = c.selfTerms.some((terms) => tags.has(terms.join(' ')))
      return taggedDirectly ? { ...e, taggedDirectly, points: e.points + DIRECT_TAG_POINTS } : e
    })
  })
  return { evidence, termCount: indexed.termCount }
}
