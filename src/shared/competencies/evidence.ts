import type { StoryFields } from '../story/schema'
import type { CompiledCompetency, CompiledCue, CompiledFramework } from './compiled'
import {
  findPhrase,
  indexStory,
  isNegated,
  spanAt,
  type FieldSpan,
  type IndexedStory,
  type TextField,
} from './story-text'
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
  /** Raw points before normalising for story length. */
  points: number
  hits: CueHit[]
  /** Checklist item ids whose cues appear in the story. */
  checklistPresent: string[]
  taggedDirectly: boolean
}

/** Extra occurrences of the same cue count, but less and less: repeating a word is not more evidence. */
const REPEAT_BONUS = 0.25
const MAX_REPEATS = 2
const DIRECT_TAG_POINTS = 4

function scoreCue(story: IndexedStory, cue: CompiledCue): CueHit | null {
  const starts = findPhrase(story, cue.terms).filter((start) => !isNegated(story, start))
  if (starts.length === 0) return null
  let best: FieldSpan | undefined
  for (const start of starts) {
    const span = spanAt(story, start)
    if (span && (!best || span.weight > best.weight)) best = span
  }
  if (!best) return null
  const repeats = Math.min(MAX_REPEATS, starts.length - 1)
  return { cue: cue.text, field: best.field, points: cue.weight * best.weight * (1 + REPEAT_BONUS * repeats) }
}

function evidenceFor(story: IndexedStory, competency: CompiledCompetency): CompetencyEvidence {
  const hits: CueHit[] = []
  let points = 0
  for (const cue of competency.signals) {
    const hit = scoreCue(story, cue)
    if (hit) {
      hits.push(hit)
      points += hit.points
    }
  }
  const checklistPresent: string[] = []
  for (const item of competency.checklist) {
    let itemBest: CueHit | null = null
    for (const cue of item.cues) {
      const hit = scoreCue(story, cue)
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
  return { id: competency.id, points, hits, checklistPresent, taggedDirectly: false }
}

function tagKeys(story: Partial<StoryFields>): Set<string> {
  return new Set((story.tags ?? []).map((t) => matchTerms(t.replace(/[-_/]+/g, ' ')).join(' ')))
}

export function gatherEvidence(
  story: Partial<StoryFields>,
  compiled: CompiledFramework,
): { evidence: CompetencyEvidence[]; termCount: number } {
  const indexed = indexStory(story, compiled.vocabulary)
  const tags = tagKeys(story)
  const evidence = compiled.competencies.map((c) => {
    const e = evidenceFor(indexed, c)
    const taggedDirectly = c.selfTerms.some((terms) => tags.has(terms.join(' ')))
    return taggedDirectly ? { ...e, taggedDirectly, points: e.points + DIRECT_TAG_POINTS } : e
  })
  return { evidence, termCount: indexed.termCount }
}
