import { z } from 'zod'
import { PAPER_SIZES } from '../cheatsheet/schema'
import { LogDraftSchema, LoopDraftSchema, type Loop } from '../loops/schema'
import type { OwnQuestion } from '../practice/schema'
import { StoryIdSchema } from '../story/schema'
import type { RenderedPdf } from './cheatsheets'
import { channel } from './channel'
import type { VaultSnapshot } from './vault'

/** Everything the loop views read besides the stories: loops (deleted ones too), own questions, deleted titles. */
export interface LoopsState {
  loops: Loop[]
  ownQuestions: OwnQuestion[]
  /** Titles of stories in "Recently deleted", by id: a plan naming one still reads. */
  deletedTitles: Record<string, string>
}

export const RoundPdfRequestSchema = z
  .object({ loopId: StoryIdSchema, roundId: StoryIdSchema, paper: z.enum(PAPER_SIZES).default('a4') })
  .strict()

export const loopChannels = {
  'loops:list': channel<LoopsState>()(z.tuple([])),
  /** Creates (no id) or updates (id) a loop: details, rounds, picks, archived. */
  'loops:save': channel<{ loop: Loop; state: LoopsState }>()(z.tuple([LoopDraftSchema])),
  /** Marks the loop deleted; it stays in the vault and its backups until restored. */
  'loops:delete': channel<LoopsState>()(z.tuple([StoryIdSchema])),
  'loops:restore': channel<LoopsState>()(z.tuple([StoryIdSchema])),
  /** Logs a round; its questions join the own questions and link to the stories told. */
  'loops:log': channel<{ state: LoopsState; snapshot: VaultSnapshot }>()(z.tuple([LogDraftSchema])),
  /** The round's cheat sheet (its focus and planned stories) as PDF. */
  'loops:render-pdf': channel<RenderedPdf>()(z.tuple([RoundPdfRequestSchema])),
}
