import type { QuestionView } from '../../../../shared/contract/practice'
import type { Lens } from '../../../../shared/lenses/lens-view'

export type SourceFilter = 'all' | 'bank' | 'own'

export interface QuestionFilter {
  source: SourceFilter
  /** The competencies of the chosen group (a competency, or a lens item); null: every question. */
  competencies: readonly string[] | null
  text: string
}

/** Lower case, accents and punctuation dropped, so "re-org" finds "reorg" and "Décision" "decision". */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
}

export interface Searchable {
  question: QuestionView
  folded: string
}

/** Folds every text once, so filtering 10,000 questions per keystroke is only substring checks. */
export function searchable(questions: readonly QuestionView[]): Searchable[] {
  return questions.map((question) => ({ question, folded: foldText(question.text) }))
}

/** Every word typed must appear in the question, in any order. */
export function filterQuestions(list: readonly Searchable[], filter: QuestionFilter): QuestionView[] {
  const words = foldText(filter.text).split(' ').filter(Boolean)
  const wanted = filter.competencies ? new Set(filter.competencies) : null
  const out: QuestionView[] = []
  for (const { question, folded } of list) {
    if (filter.source !== 'all' && question.source !== filter.source) continue
    if (wanted && !question.competencies.some((id) => wanted.has(id))) continue
    if (words.length > 0 && !words.every((word) => folded.includes(word))) continue
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

/** The lens's items (or the app's competencies for the core lens) with how many questions each has. */
export function groupsOf(lens: Lens, questions: readonly QuestionView[], source: SourceFilter): Group[] {
  return lens.items.map((item) => {
    const ids = new Set(item.competencies)
    let count = 0
    for (const q of questions) {
      if (source !== 'all' && q.source !== source) continue
      if (q.competencies.some((id) => ids.has(id))) count++
    }
    return { id: item.id, name: item.name, competencies: item.competencies, count }
  })
}
