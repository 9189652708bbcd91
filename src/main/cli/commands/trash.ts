import { parseArgs } from 'node:util'
import { TRASH_DAYS } from '../../../shared/story/trash'
import { createTrashHandlers } from '../../features/trash'
import { CliUsageError, type CliCommand, type CliContext } from '../types'

const USAGE = ['Usage: story-vault trash list [--json]', '       story-vault trash restore ID'].join('\n')

async function list(args: string[], context: CliContext): Promise<void> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean', default: false } } })
  const store = await context.openVault()
  const items = await createTrashHandlers({ vault: store })['trash:list']()
  if (values.json) {
    const rows = items.map(({ story, deletedAt }) => ({ id: story.id, title: story.title, deletedAt }))
    context.stdout(`${JSON.stringify(rows, null, 2)}\n`)
    return
  }
  if (items.length === 0) {
    context.stdout(`Nothing deleted in the last ${TRASH_DAYS} days.\n`)
    return
  }
  const width = Math.max(2, ...items.map((item) => item.story.id.length))
  const lines = items.map(
    ({ story, deletedAt }) => `${story.id.padEnd(width)}  ${deletedAt.slice(0, 10)}  ${story.title}`,
  )
  context.stdout(`${'ID'.padEnd(width)}  DELETED     TITLE\n${lines.join('\n')}\n`)
}

async function restore(args: string[], context: CliContext): Promise<void> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} })
  const [id, extra] = positionals
  if (!id || extra) throw new CliUsageError(`trash restore takes one story id.\n${USAGE}`)
  const store = await context.openVault()
  const story = await createTrashHandlers({ vault: store })['trash:restore'](id)
  const renamed = story.id === id ? '' : ` Its id was taken, so it is now ${story.id}.`
  context.stdout(`Restored “${story.title}”.${renamed}\n`)
}

export const trashCommand: CliCommand = {
  name: 'trash',
  summary: `List stories deleted in the last ${TRASH_DAYS} days ("Recently deleted") or restore one.`,
  usage: USAGE,
  async run(args, context) {
    const [sub, ...rest] = args
    if (sub === 'list') return list(rest, context)
    if (sub === 'restore') return restore(rest, context)
    throw new CliUsageError(sub ? `Unknown trash action "${sub}".` : `trash needs an action.`)
  },
}
