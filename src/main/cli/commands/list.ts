import { parseArgs } from 'node:util'
import type { CliCommand } from '../types'

export const listCommand: CliCommand = {
  name: 'list',
  summary: 'List the stories in the vault (id, title, competencies, last update).',
  usage: 'Usage: story-vault list [--json]',
  async run(args, context) {
    const { values } = parseArgs({ args, options: { json: { type: 'boolean', default: false } } })
    const store = await context.openVault({ readOnly: true })
    const rows = store.current().stories.map((story) => ({
      id: story.id,
      title: story.title,
      competencies: story.competencies,
      updatedAt: story.updatedAt,
    }))
    if (values.json) {
      context.stdout(`${JSON.stringify(rows, null, 2)}\n`)
      return
    }
    if (rows.length === 0) {
      context.stdout(`No stories yet in ${store.path}.\n`)
      return
    }
    const idWidth = Math.max(2, ...rows.map((row) => row.id.length))
    const lines = rows.map(
      (row) =>
        `${row.id.padEnd(idWidth)}  ${row.updatedAt.slice(0, 10)}  ${row.title}${
          row.competencies.length ? `  [${row.competencies.join(', ')}]` : ''
        }`,
    )
    context.stdout(`${'ID'.padEnd(idWidth)}  UPDATED     TITLE  [COMPETENCIES]\n${lines.join('\n')}\n`)
  },
}
