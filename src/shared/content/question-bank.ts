import { z } from 'zod'
import data from '../../../content/question-bank.json'
import { CompetencyIdSchema } from '../story/schema'
import { duplicates, parseContent } from './parse'

export const QuestionSchema = z.object({
  id: z.string().regex(/^q\d{3,}$/, { message: 'must look like q001' }),
  text: z.string().trim().min(1),
  /** The first id is the primary competency the question probes; a second is optional. */
  competencies: z.array(CompetencyIdSchema).min(1).max(2),
  kind: z.enum(['behavioral', 'situational']),
})

const QuestionBankSchema = z
  .object({ questions: z.array(QuestionSchema).min(1) })
  .superRefine((file, ctx) => {
    const repeated = duplicates(file.questions.map((q) => q.id))
    if (repeated.length > 0)
      ctx.addIssue({ code: 'custom', message: `duplicate question ids: ${repeated.join(', ')}` })
  })

export type Question = z.infer<typeof QuestionSchema>
export type QuestionKind = Question['kind']

export const questionBank: readonly Question[] = parseContent(
  QuestionBankSchema,
  data,
  'question-bank.json',
).questions

export function primaryCompetency(question: Question): string {
  // The schema guarantees at least one competency.
  return question.competencies[0] as string
}

export function questionsFor(competencyId: string): Question[] {
  return questionBank.filter((q) => primaryCompetency(q) === competencyId)
}
