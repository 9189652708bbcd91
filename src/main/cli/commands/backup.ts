import { parseArgs } from 'node:util'
import { listBackups, restoreBackup } from '../../vault/backups'
import { CliUsageError, type CliCommand, type CliContext } from '../types'

const USAGE = ['Usage: story-vault backup list [--json]', '       story-vault backup restore ID'].join('\n')

async function list(args: string[], context: CliContext): Promise<void> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean', default: false } } })
  const backups = await listBackups(context.vaultPath)
  if (values.json) {
    context.stdout(`${JSON.stringify(backups, null, 2)}\n`)
    return
  }
  if (backups.length === 0) {
    context.stdout(`No backups yet next to ${context.vaultPath}.\n`)
    return
  }
  const width = Math.max(...backups.map((b) => b.id.length))
  const lines = backups.map(
    (b) =>
      `${b.id.padEnd(width)}  ${b.storyCount === null ? 'cannot be read' : `${b.storyCount} stories`}  ${formatSize(b.size)}`,
  )
  context.stdout(`${lines.join('\n')}\n`)
}

async function restore(args: string[], context: CliContext): Promise<void> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} })
  const [id, extra] = positionals
  if (!id || extra) throw new CliUsageError(`backup restore takes one backup id.\n${USAGE}`)
  const store = await context.openVault()
  const snapshot = await restoreBackup(store, id)
  const kept = (await listBackups(context.vaultPath)).find((b) => b.kind === 'pre-restore')
  context.stdout(
    `Restored ${id} (${snapshot.stories.length} stories).${kept ? ` The vault as it was is kept as ${kept.id}.` : ''}\n`,
  )
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'List the vault’s backups or restore one (the current vault is backed up first).',
  usage: USAGE,
  async run(args, context) {
    const [sub, ...rest] = args
    if (sub === 'list') return list(rest, context)
    if (sub === 'restore') return restore(rest, context)
    throw new CliUsageError(sub ? `Unknown backup action "${sub}".` : `backup needs an action.`)
  },
}
