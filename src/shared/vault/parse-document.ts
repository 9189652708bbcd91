import type { z } from 'zod'
import { LIMITS } from '../story/limits'
import {
  isCanonicalOwnQuestion,
  isCanonicalPracticeCard,
  isCanonicalPracticeEntry,
  isCanonicalStory,
} from './canonical'
import { VaultDocumentSchema, type VaultDocument } from './document'

type Parsed = z.ZodSafeParseResult<VaultDocument>

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function allCanonical(list: unknown, check: (item: unknown) => boolean, max: number): list is unknown[] {
  return Array.isArray(list) && list.length <= max && list.every(check)
}

/**
 * `VaultDocumentSchema.safeParse`, with the same result, faster for a large vault: lists whose every
 * item is already in the schema's output shape (canonical.ts) are taken as read instead of being
 * copied item by item, and the rest of the document is parsed by the schema. Whenever anything does
 * not pass — a list with one odd item, or the rest — the whole document is parsed by the schema, so a
 * bad file gets exactly the message it always got.
 */
export function parseVaultDocument(raw: unknown): Parsed {
  if (!isObject(raw)) return VaultDocumentSchema.safeParse(raw)
  const stories = allCanonical(raw.stories, isCanonicalStory, Infinity) ? raw.stories : null
  const ownQuestions = allCanonical(raw.ownQuestions, isCanonicalOwnQuestion, LIMITS.ownQuestions)
    ? raw.ownQuestions
    : null
  const practice = isObject(raw.practice) ? raw.practice : null
  const practiceKeys = practice ? Object.keys(practice) : []
  const practiceTaken =
    practice !== null &&
    practiceKeys.length === 2 &&
    practiceKeys[0] === 'cards' &&
    practiceKeys[1] === 'history' &&
    allCanonical(practice.cards, isCanonicalPracticeCard, LIMITS.practiceCards) &&
    allCanonical(practice.history, isCanonicalPracticeEntry, LIMITS.practiceEntries)
      ? practice
      : null
  if (!stories && !ownQuestions && !practiceTaken) return VaultDocumentSchema.safeParse(raw)
  const rest = VaultDocumentSchema.safeParse({
    ...raw,
    ...(stories ? { stories: [] } : {}),
    ...(ownQuestions ? { ownQuestions: [] } : {}),
    ...(practiceTaken ? { practice: { cards: [], history: [] } } : {}),
  })
  if (!rest.success) return VaultDocumentSchema.safeParse(raw)
  return {
    success: true,
    data: {
      ...rest.data,
      ...(stories ? { stories: stories as VaultDocument['stories'] } : {}),
      ...(ownQuestions ? { ownQuestions: ownQuestions as VaultDocument['ownQuestions'] } : {}),
      ...(practiceTaken ? { practice: practiceTaken as VaultDocument['practice'] } : {}),
    },
  }
}
