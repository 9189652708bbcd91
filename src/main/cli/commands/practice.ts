import { parseArgs } from 'node:util'
import { dueCards } from '../../../shared/practice/due'
import { CliUsageError, type CliCommand } from '../types'

/** `story-vault practice due`: the question–story cards whose review is due now. */
export const practiceCommand: CliCommand = {
  name: 'practice',
  summary: 'Practice: list the cards due for review (question, story, due date).',
  usage: 'Usage: story-vault practice due [--json]',
  async run(args, context) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false } },
    })
    if (positionals[0] !== 'due' || positionals.length > 1)
      throw new CliUsageError('Say what to do: story-vault practice due [--json].')
    const store = await context.openVault()
    const doc = store.current()
    const titles = new Map(doc.stories.map((s) => [s.id, s.title]))
    const rows = dueCards(doc.practice.cards, new Date())
      .filter((card) => titles.has(card.storyId))
      .map((card) => ({
        question: card.question,
        story: { id: card.storyId, title: titles.get(card.storyId) ?? '' },
        due: card.due,
      }))
    if (values.json) {
      context.stdout(`${JSON.stringify(rows, null, 2)}\n`)
      return
    }
    if (rows.length === 0) {
      context.stdout('Nothing is due for practice now.\n')
      return
    }
    const lines = rows.map(
      (r) => `${r.due.slice(0, 10)}  ${r.question}\n            → ${r.story.title} (${r.story.id})`,
    )
    context.stdout(`${rows.length} due for practice:\n${lines.join('\n')}\n`)
  },
}
