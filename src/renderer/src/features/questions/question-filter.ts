import type { QuestionView } from '../../../../shared/contract/practice'
import type { Lens } from '../../../../shared/lenses/lens-view'

export type SourceFilter = 'all' | 'bank' | 'own'

export interface QuestionFilter {
  source: SourceFilter
  /** The competencies of the chosen group (a competency, or a lens item); null: every question. */
  competencies: readonly string[] | null
  text: string
}

const PLAIN = /^[\x20-\x7e]*$/

/** Lower case, accents and punctuation dropped, so "re-org" finds "reorg" and "Décision" "decision". */
export function foldText(text: string): string {
  const lower = text.toLowerCase()
  // Most questions are plain ASCII: skip Unicode normalisation for them (10,000 folds in a few ms).
  const bare = PLAIN.test(lower)
    ? lower.replace(/[^a-z0-9\s]/g, '')
    : lower
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .replace(/[^\p{L}\p{N}\s]/gu, '')
  return bare.replace(/\s+/g, ' ').trim()
}

// Question texts change rarely: fold each once per session, not once per keystroke.
const folded = new Map<string, string>()
function foldedOf(text: string): string {
  let value = folded.get(text)
  if (value === undefined) {
    value = foldText(text)
    folded.set(text, value)
  }
  return value
}

/** Every word typed must appear in the question, in any order. */
export function filterQuestions(list: readonly QuestionView[], filter: QuestionFilter): QuestionView[] {
  const words = foldText(filter.text).split(' ').filter(Boolean)
  const wanted = filter.competencies ? new Set(filter.competencies) : null
  if (filter.source === 'all' && !wanted && words.length === 0) return list as QuestionView[]
  const out: QuestionView[] = []
  for (const question of list) {
    if (filter.source !== 'all' && question.source !== filter.source) continue
    if (wanted && !question.competencies.some((id) => wanted.has(id))) continue
    if (words.length > 0) {
      const text = foldedOf(question.text)
      if (!words.every((word) => text.includes(word))) continue
    }
    out.push(question)
  }
  return out
}

export interface Group {
  id: string
  name: string
  competencies: readonly string[]
  count: number
}

/**
 * The last groups counted and what for: coming back to the question bank (or re-rendering it) reuses
 * them instead of walking 10,000 questions again before the first frame.
 */
let lastGroups:
  { lens: Lens; questions: readonly QuestionView[]; source: SourceFilter; groups: Group[] } | undefined

/** The lens's items (or the app's competencies for the core lens) with how many questions each has. */
export function groupsOf(lens: Lens, questions: readonly QuestionView[], source: SourceFilter): Group[] {
  if (lastGroups?.lens === lens && lastGroups.questions === questions && lastGroups.source === source)
    return lastGroups.groups
  const groups = countGroups(lens, questions, source)
  lastGroups = { lens, questions, source, groups }
  return groups
}

const ownCounts = new WeakMap<readonly QuestionView[], number>()

/** How many of the questions are the person's own (counted once per list). */
export function ownCountOf(questions: readonly QuestionView[]): number {
  let count = ownCounts.get(questions)
  if (count === undefined) {
    count = 0
    for (const q of questions) if (q.source === 'own') count += 1
    ownCounts.set(questions, count)
  }
  return count
}

function countGroups(lens: Lens, questions: readonly QuestionView[], source: SourceFilter): Group[] {
  const groupsByCompetency = new Map<string, number[]>()
  lens.items.forEach((item, index) => {
    for (const id of item.competencies)
      groupsByCompetency.set(id, [...(groupsByCompetency.get(id) ?? []), index])
  })
  const counts = lens.items.map(() => 0)
  // One pass; a question counts once per group even when two of its competencies feed that group.
  const seen = new Set<number>()
  for (const q of questions) {
    if (source !== 'all' && q.source !== source) continue
    seen.clear()
    for (const id of q.competencies) for (const group of groupsByCompetency.get(id) ?? []) seen.add(group)
    for (const group of seen) counts[group] = (counts[group] ?? 0) + 1
  }
  return lens.items.map((item, index) => ({
    id: item.id,
    name: item.name,
    competencies: item.competencies,
    count: counts[index] ?? 0,
  }))
}
