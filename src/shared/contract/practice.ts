import { z } from 'zod'
import { CompetencyIdSchema, StoryIdSchema, type Story } from '../story/schema'
import { LIMITS } from '../story/limits'
import {
  OwnQuestionSchema,
  PRACTICE_RATINGS,
  QuestionTextSchema,
  type OwnQuestion,
  type PracticeCard,
  type PracticeEntry,
  type PracticeRating,
} from '../practice/schema'
import { channel } from './channel'

/** A story as practice names it. */
export interface StoryRef {
  id: string
  title: string
}

/** When a question or a story was last rehearsed and when it is next due (ISO times, null = never). */
export interface PracticeTimes {
  lastRehearsed: string | null
  nextDue: string | null
}

/** One question as the practice screens show it: a bank question or one of the person's own. */
export interface QuestionView extends PracticeTimes {
  /** The own question's id, or the bank id ("q001"). */
  id: string
  source: 'own' | 'bank'
  text: string
  competencies: string[]
  /** Stories whose "Questions this story answers" list has this question. */
  stories: StoryRef[]
  /**
   * Stories this question was linked to or practised with that were deleted since ("story deleted").
   * Restoring the story (undo) brings the link back, because the link is kept on the story itself.
   */
  deletedStories: StoryRef[]
}

/** A question of a pasted list, read before it is added: its cleaned text and guessed competencies. */
export interface QuestionSuggestion {
  text: string
  competencies: Array<{ id: string; confidence: number }>
  /** Why it would not be added ("already in your questions", "longer than 500 characters"), or null. */
  problem: string | null
}

export const OwnQuestionInputSchema = z.object({
  text: QuestionTextSchema,
  /** Omitted: the competencies the app guesses from the wording. */
  competencies: z.array(CompetencyIdSchema).max(LIMITS.listItems).optional(),
})
export type OwnQuestionInput = z.input<typeof OwnQuestionInputSchema>

export const AddQuestionsSchema = z.object({
  questions: z.array(OwnQuestionInputSchema).min(1).max(LIMITS.ownQuestions),
})

export interface AddedQuestions {
  added: OwnQuestion[]
  /** Questions not added, each with why (duplicate of an own question…). Nothing is added twice. */
  skipped: Array<{ text: string; reason: string }>
}

export const QuestionPatchSchema = z.object({
  text: QuestionTextSchema.optional(),
  competencies: z.array(CompetencyIdSchema).max(LIMITS.listItems).optional(),
})

export const LinkSchema = z.object({
  question: QuestionTextSchema,
  storyId: StoryIdSchema,
  /** Where in the story's list the question goes (undo puts a removed one back in its place); default last. */
  at: z.number().int().min(0).max(LIMITS.storyQuestions).optional(),
})
export type LinkRequest = z.infer<typeof LinkSchema>

export const QuestionFilterSchema = z.object({
  /** Only the person's own questions (no bank questions). */
  mine: z.boolean().optional(),
  competency: CompetencyIdSchema.optional(),
})
export type QuestionFilter = z.infer<typeof QuestionFilterSchema>

export const RatingSchema = z.object({
  question: QuestionTextSchema,
  storyId: StoryIdSchema,
  rating: z.enum(PRACTICE_RATINGS),
  /** How long the answer took. */
  seconds: z
    .number()
    .min(0)
    .max(24 * 3600),
  note: z.string().max(LIMITS.listItem).optional(),
})
export type RatingRequest = z.infer<typeof RatingSchema>

export interface RatingRecorded {
  entry: PracticeEntry
  card: PracticeCard
}

export interface DueCard {
  question: string
  story: StoryRef
  /** ISO time it became (or becomes) due. */
  due: string
  reps: number
  lapses: number
}

/**
 * A question the person practised with a story (a practice card), for search in the renderer to learn
 * from as the CLI does. Checked again where it arrives, as the renderer builds its search index from it.
 */
export const PractisedPairSchema = z.object({ question: QuestionTextSchema, storyId: StoryIdSchema })
export type PractisedPair = z.infer<typeof PractisedPairSchema>
export const PractisedPairsSchema = z.array(PractisedPairSchema).max(LIMITS.practiceCards)

export const DECK_LENGTHS = [5, 10, 20] as const
export type DeckLength = (typeof DECK_LENGTHS)[number]

export const DeckSourceSchema = z.discriminatedUnion('kind', [
  /** Cards whose review is due now, most overdue first. */
  z.object({ kind: z.literal('due') }),
  z.object({ kind: z.literal('competency'), competency: CompetencyIdSchema }),
  /** A company lens from content/lenses.json (e.g. "amazon"): questions across its items. */
  z.object({ kind: z.literal('lens'), lens: z.string().min(1).max(100) }),
  z.object({ kind: z.literal('mine') }),
  z.object({ kind: z.literal('picked'), questions: z.array(QuestionTextSchema).min(1).max(100) }),
])
export type DeckSource = z.infer<typeof DeckSourceSchema>

export const DeckRequestSchema = z.object({
  source: DeckSourceSchema,
  length: z.union([z.literal(5), z.literal(10), z.literal(20)]),
  /** Seconds an answer should take (default DEFAULT_TARGET_SECONDS). */
  targetSeconds: z.number().int().min(10).max(3_600).optional(),
})
export type DeckRequest = z.infer<typeof DeckRequestSchema>

/** One question to answer out loud, with the story to tell (linked, or search's best guess). */
export interface DeckCard {
  question: string
  competencies: string[]
  /** null when the vault has no story for it yet. */
  story: (StoryRef & { shortVersion: string }) | null
  /** 'linked': the person chose this story; 'suggested': search's best story for the question. */
  storySource: 'linked' | 'suggested' | null
  /** The card's next review, when it has been practised. */
  due: string | null
}

export interface Deck {
  cards: DeckCard[]
  targetSeconds: number
  /** Set when fewer cards than asked could be found, in plain words. */
  message?: string
}

export const SummaryRequestSchema = z.object({
  /** The history entries of the session (ids returned by practice:rate). */
  entryIds: z.array(StoryIdSchema).min(1).max(500),
  targetSeconds: z.number().int().min(10).max(3_600).optional(),
})

export interface SessionSummary {
  answers: number
  totalSeconds: number
  averageSeconds: number
  targetSeconds: number
  /** Answers longer than the target. */
  overTarget: number
  ratings: Record<PracticeRating, number>
  /** Stories told for more than one question in the session. */
  repeatedStories: Array<StoryRef & { times: number }>
  /** Competencies whose answers were rated again or hard more often than good or easy. */
  weakCompetencies: Array<{ id: string; again: number; hard: number; total: number }>
  perAnswer: Array<{
    question: string
    story: StoryRef
    seconds: number
    overTarget: boolean
    rating: PracticeRating
  }>
}

export const practiceChannels = {
  /** Bank questions plus own questions (filters optional), with links and practice times. */
  'practice:questions': channel<QuestionView[]>()(z.tuple([QuestionFilterSchema])),
  /** Reads a typed or pasted list (one question per line, bullets and numbers removed). Saves nothing. */
  'practice:suggest-questions': channel<QuestionSuggestion[]>()(
    z.tuple([z.string().max(LIMITS.importBytes)]),
  ),
  /** Adds own questions in one save; duplicates are skipped and said so. */
  'practice:add-questions': channel<AddedQuestions>()(z.tuple([AddQuestionsSchema])),
  /** Edits an own question; a new text also renames its links and practice cards. */
  'practice:update-question': channel<OwnQuestion>()(z.tuple([StoryIdSchema, QuestionPatchSchema])),
  /** Removes an own question; stories keep their links (they belong to the story). */
  'practice:remove-question': channel<OwnQuestion>()(z.tuple([StoryIdSchema])),
  /** Puts a removed own question back exactly as it was (undo); nothing changes when it is back already. */
  'practice:restore-question': channel<OwnQuestion>()(z.tuple([OwnQuestionSchema])),
  /** "For this question I tell this story": adds the question to the story (and to own questions when new). */
  'practice:link': channel<Story>()(z.tuple([LinkSchema])),
  'practice:unlink': channel<Story>()(z.tuple([LinkSchema])),
  /** Records one rehearsal; resolves once the history entry and the card are durable on disk. */
  'practice:rate': channel<RatingRecorded>()(z.tuple([RatingSchema])),
  /** Cards due now (or by the given ISO time), most overdue first. */
  'practice:due': channel<DueCard[]>()(
    z.tuple([
      z.object({ at: z.iso.datetime().optional(), limit: z.number().int().min(1).max(10_000).optional() }),
    ]),
  ),
  'practice:deck': channel<Deck>()(z.tuple([DeckRequestSchema])),
  'practice:summary': channel<SessionSummary>()(z.tuple([SummaryRequestSchema])),
  /** Every question–story pair practised (its card), for stories that are not deleted. */
  'practice:practised': channel<PractisedPair[]>()(z.tuple([])),
  /** Last rehearsed and next due per story id (stories never practised are absent). */
  'practice:story-times': channel<Record<string, PracticeTimes>>()(z.tuple([])),
}
