import { randomUUID } from 'node:crypto'
import { parseArgs } from 'node:util'
import { AppFailure } from '../../../shared/contract/result'
import { linkQuestion, unlinkQuestion, type LinkChange } from '../../../shared/practice/links'
import type { VaultDocument } from '../../../shared/vault/document'
import { CliUsageError, type CliCommand, type CliContext } from '../types'

/** A story by id, else by its exact title (case-insensitive); two stories with that title is an error. */
export function resolveStory(doc: VaultDocument, ref: string): string {
  if (doc.stories.some((s) => s.id === ref)) return ref
  const wanted = ref.trim().toLowerCase()
  const byTitle = doc.stories.filter((s) => s.title.trim().toLowerCase() === wanted)
  if (byTitle.length === 1) return (byTitle[0] as { id: string }).id
  if (byTitle.length > 1)
    throw new AppFailure(
      'invalid-input',
      `${byTitle.length} stories are titled “${ref}”. Use an id instead: ${byTitle.map((s) => s.id).join(', ')}.`,
    )
  throw new AppFailure(
    'not-found',
    `No story has the id or title “${ref}”. Run story-vault list to see them.`,
  )
}

function linkArgs(args: string[], name: string): { question: string; story: string } {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} })
  if (positionals.length !== 2)
    throw new CliUsageError(`Give a question and a story: story-vault ${name} "QUESTION" STORY.`)
  return { question: positionals[0] as string, story: positionals[1] as string }
}

async function change(
  args: string[],
  context: CliContext,
  name: string,
  apply: (doc: VaultDocument, link: { question: string; storyId: string }) => LinkChange,
): Promise<{ title: string; question: string }> {
  const { question, story } = linkArgs(args, name)
  const store = await context.openVault()
  const storyId = resolveStory(store.current(), story)
  let title = ''
  await store.update((doc) => {
    const result = apply(doc, { question, storyId })
    title = result.story.title
    return result.doc
  })
  return { title, question: question.trim() }
}

export const linkCommand: CliCommand = {
  name: 'link',
  summary: 'Link an interview question to the story you tell for it.',
  usage: 'Usage: story-vault link "QUESTION" STORY   (STORY = id or exact title)',
  async run(args, context) {
    const done = await change(args, context, 'link', (doc, link) =>
      linkQuestion(doc, link, new Date(), randomUUID),
    )
    context.stdout(`Linked “${done.question}” → ${done.title}\n`)
  },
}

export const unlinkCommand: CliCommand = {
  name: 'unlink',
  summary: 'Remove the link between a question and a story.',
  usage: 'Usage: story-vault unlink "QUESTION" STORY   (STORY = id or exact title)',
  async run(args, context) {
    const done = await change(args, context, 'unlink', (doc, link) => unlinkQuestion(doc, link, new Date()))
    context.stdout(`Unlinked “${done.question}” from ${done.title}\n`)
  },
}
