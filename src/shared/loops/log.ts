import { effectiveCompetencies } from '../competencies/suggest'
import { LIMITS } from '../story/limits'
import type { VaultDocument } from '../vault/document'
import { focusAreas } from './focus'
import { questionKey } from './questions'
import type { LogEntry, ParsedLogDraft } from './schema'

export class LogError extends Error {}

/**
 * Records what a round asked and which story was told. Each question joins the person's own
 * questions (once), tagged with the round's competencies the told story shows, and is linked to that
 * story. Logging the round again replaces its log; questions already added stay. Pure.
 */
export function applyRoundLog(
  doc: VaultDocument,
  draft: ParsedLogDraft,
  now: string,
  newId: () => string,
): VaultDocument {
  const loop = doc.loops.find((l) => l.id === draft.loopId && l.deletedAt === null)
  if (!loop) throw new LogError('That loop is no longer there. It may have been deleted.')
  const round = loop.rounds.find((r) => r.id === draft.roundId)
  if (!round) throw new LogError('That round is no longer in the loop.')
  const byId = new Map(doc.stories.map((story) => [story.id, story]))
  const roundCompetencies = focusAreas(loop.lens, round).map((area) => area.competency)

  const entries: LogEntry[] = draft.entries.map((entry) => ({
    ...entry,
    storyTitle: (entry.storyId && byId.get(entry.storyId)?.title) || '',
  }))
  const known = new Set(doc.ownQuestions.map((q) => questionKey(q.text)))
  const ownQuestions = [...doc.ownQuestions]
  const linked = new Map<string, string[]>()
  for (const entry of entries) {
    const story = entry.storyId ? byId.get(entry.storyId) : undefined
    const key = questionKey(entry.question)
    if (!known.has(key) && ownQuestions.length < LIMITS.ownQuestions) {
      known.add(key)
      const shown = story ? new Set(effectiveCompetencies(story)) : null
      const tagged = shown ? roundCompetencies.filter((id) => shown.has(id)) : []
      ownQuestions.push({
        id: newId(),
        text: entry.question,
        competencies: tagged.length ? tagged : roundCompetencies,
        createdAt: now,
      })
    }
    if (story) linked.set(story.id, [...(linked.get(story.id) ?? []), entry.question])
  }
  const stories = doc.stories.map((story) => {
    const add = linked.get(story.id)
    if (!add) return story
    const questions = [...story.questions]
    for (const text of add) {
      if (!questions.some((q) => questionKey(q) === questionKey(text))) questions.push(text)
    }
    if (questions.length === story.questions.length) return story
    return { ...story, questions: questions.slice(0, LIMITS.storyQuestions), updatedAt: now }
  })
  const loops = doc.loops.map((l) =>
    l.id !== loop.id
      ? l
      : {
          ...l,
          updatedAt: now,
          rounds: l.rounds.map((r) => (r.id === round.id ? { ...r, log: { at: now, entries } } : r)),
        },
  )
  return { ...doc, loops, stories, ownQuestions }
}
