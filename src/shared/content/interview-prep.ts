import { z } from 'zod'
import data from '../../../content/interview-prep.json'
import { duplicates, parseContent } from './parse'

export const PrepItemSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be a kebab-case id' }),
  label: z.string().trim().min(1),
  /** A question to ask yourself while preparing a story. */
  prompt: z.string().trim().min(1),
})

const InterviewPrepSchema = z
  .object({
    /** What a person does before trouble arrives, when it can be foreseen. */
    beforeTrouble: z.array(PrepItemSchema).min(1),
    /** Good questions for the candidate to ask the interviewer. */
    questionsToAsk: z.array(z.string().trim().min(1)).min(1),
  })
  .superRefine((file, ctx) => {
    const repeated = duplicates(file.beforeTrouble.map((item) => item.id))
    if (repeated.length > 0)
      ctx.addIssue({ code: 'custom', message: `duplicate ids: ${repeated.join(', ')}` })
  })

export type PrepItem = z.infer<typeof PrepItemSchema>
export type InterviewPrep = z.infer<typeof InterviewPrepSchema>

export const interviewPrep: InterviewPrep = parseContent(InterviewPrepSchema, data, 'interview-prep.json')
