import { questionBank, type Question } from '../content/question-bank'
import type { OwnQuestion } from '../practice/schema'
import { normalize } from '../text/tokenize'

export type QuestionSource = 'own' | 'bank'

export interface LikelyQuestion {
  text: string
  source: QuestionSource
}

/** Questions shown per competency of a round: the person's own first, then the bank's. */
export const QUESTIONS_PER_AREA = 3
const OWN_PER_AREA = 2

/** How two wordings of one question are compared: case, punctuation and spacing do not count. */
export function questionKey(text: string): string {
  return normalize(text)
}

/** Bank questions about a competency: those mainly about it first, then those touching it. */
function bankQuestionsFor(competency: string, bank: readonly Question[]): Question[] {
  const primary = bank.filter((q) => q.competencies[0] === competency)
  const secondary = bank.filter(
    (q) => q.competencies[0] !== competency && q.competencies.includes(competency),
  )
  return [...primary, ...secondary]
}

/**
 * The questions a round is likely to ask about one competency. Own questions (typed, or logged after
 * an earlier round) come first, newest first, since they are what interviewers really asked.
 */
export function likelyQuestions(
  competency: string,
  ownQuestions: readonly OwnQuestion[],
  bank: readonly Question[] = questionBank,
): LikelyQuestion[] {
  const seen = new Set<string>()
  const out: LikelyQuestion[] = []
  const push = (text: string, source: QuestionSource) => {
    const key = questionKey(text)
    if (!key || seen.has(key)) return
    seen.add(key)
    out.push({ text, source })
  }
  const own = ownQuestions
    .filter((q) => q.competencies.includes(competency))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  for (const q of own.slice(0, OWN_PER_AREA)) push(q.text, 'own')
  for (const q of bankQuestionsFor(competency, bank)) {
    if (out.length >= QUESTIONS_PER_AREA) break
    push(q.text, 'bank')
  }
  return out
}
