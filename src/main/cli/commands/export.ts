import { mkdir, readdir, stat, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { exportVault } from '../../../shared/transfer/export'
import { CliUsageError, type CliCommand } from '../types'

const USAGE = 'Usage: story-vault export --format json|csv|md --out PATH [--force] [--vault PATH]'
const FORMATS = { json: 'json', csv: 'csv', md: 'markdown', markdown: 'markdown' } as const

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Export the stories as a JSON backup, a CSV sheet or a folder of Markdown notes.',
  usage: `${USAGE}\n  md writes one .md file per story into the folder PATH. Without --out, json and csv go to stdout.`,
  async run(args, context) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
      },
    })
    if (positionals.length) throw new CliUsageError(`Unexpected "${positionals[0]}".\n${USAGE}`)
    const format = FORMATS[(values.format ?? '') as keyof typeof FORMATS]
    if (!format) throw new CliUsageError(`--format must be json, csv or md.\n${USAGE}`)
    if (format === 'markdown' && !values.out)
      throw new CliUsageError(`--format md needs --out FOLDER.\n${USAGE}`)
    const store = await context.openVault({ readOnly: true })
    const files = exportVault(store.current(), format, new Date().toISOString())
    const count = store.current().stories.length
    if (!values.out) {
      context.stdoutData(files[0]?.text ?? '')
      return 0
    }
    const out = resolve(context.cwd, values.out)
    if (format === 'markdown') {
      await mkdir(out, { recursive: true })
      const present = new Set((await readdir(out)).map((n) => n.toLowerCase()))
      const clash = files.find((f) => present.has(f.name.toLowerCase()))
      if (clash && !values.force) {
        throw new CliUsageError(
          `${join(out, clash.name)} already exists. Choose an empty folder or add --force.`,
        )
      }
      await Promise.all(files.map((file) => writeFile(join(out, file.name), file.text, 'utf8')))
      context.stdout(
        `Exported ${count} ${count === 1 ? 'story' : 'stories'} to ${out}/ (${files.length} files).\n`,
      )
      return 0
    }
    if ((await exists(out)) && !values.force)
      throw new CliUsageError(`${out} already exists. Add --force to replace it.`)
    await writeFile(out, files[0]?.text ?? '', 'utf8')
    context.stdout(`Exported ${count} ${count === 1 ? 'story' : 'stories'} to ${out}.\n`)
    return 0
  },
}
