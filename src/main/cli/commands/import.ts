import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { AppFailure } from '../../../shared/contract/result'
import { LIMITS } from '../../../shared/story/limits'
import { decodeImportBytes } from '../../../shared/transfer/decode-text'
import type { TextFile } from '../../../shared/transfer/types'
import { importIntoVault } from '../../features/transfer'
import { CliUsageError, type CliCommand } from '../types'

const USAGE = 'Usage: story-vault import FILE|DIR [--json] [--vault PATH]'
const IMPORTABLE = /\.(json|csv|tsv|tab|md|markdown|txt)$/i

/** Every importable file under a folder (hidden files and folders skipped), paths relative to it. */
async function collect(root: string): Promise<string[]> {
  const found: string[] = []
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true })
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue
      const full = join(dir, entry.name)
      if (entry.isDirectory()) await walk(full)
      else if (entry.isFile() && IMPORTABLE.test(entry.name)) found.push(full)
    }
  }
  await walk(root)
  return found
}

async function readFiles(target: string): Promise<TextFile[]> {
  let info
  try {
    info = await stat(target)
  } catch {
    throw new AppFailure('not-found', `There is no file or folder at ${target}.`)
  }
  const paths = info.isDirectory() ? await collect(target) : [target]
  if (paths.length === 0)
    throw new AppFailure('invalid-input', `${target} holds no .json, .csv, .tsv or .md files.`)
  let total = 0
  for (const path of paths) total += (await stat(path)).size
  if (total > LIMITS.importBytes) {
    const mb = Math.round(LIMITS.importBytes / 1024 / 1024)
    throw new AppFailure('too-large', `${target} is larger than ${mb} MB; import it in smaller parts.`)
  }
  return Promise.all(
    paths.map(async (path) => {
      const name = info.isDirectory() ? relative(target, path) : (path.split(/[\\/]/).pop() ?? path)
      const decoded = decodeImportBytes(name, await readFile(path))
      if (!decoded.ok) throw new AppFailure('invalid-input', decoded.message)
      return { name, text: decoded.text }
    }),
  )
}

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Import stories from a JSON, CSV, TSV or Markdown file, or a folder of them (all or nothing).',
  usage: USAGE,
  async run(args, context) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false } },
    })
    const [target, extra] = positionals
    if (!target || extra) throw new CliUsageError(`import takes one file or folder.\n${USAGE}`)
    const files = await readFiles(resolve(context.cwd, target))
    const store = await context.openVault()
    try {
      const outcome = await importIntoVault(store, { files })
      for (const warning of outcome.warnings.slice(0, 20)) context.stderr(`note: ${warning}\n`)
      if (outcome.warnings.length > 20)
        context.stderr(`note: …and ${outcome.warnings.length - 20} more notes.\n`)
      if (values.json) {
        context.stdout(
          `${JSON.stringify({ added: outcome.added, updated: outcome.updated, skipped: outcome.skipped, ids: outcome.ids })}\n`,
        )
      } else {
        const extras = [
          outcome.updated ? `${outcome.updated} updated` : '',
          outcome.skipped ? `${outcome.skipped} already there, skipped` : '',
        ].filter(Boolean)
        context.stdout(
          `Imported ${outcome.added} ${outcome.added === 1 ? 'story' : 'stories'}${extras.length ? ` (${extras.join(', ')})` : ''} into ${store.path}.\n`,
        )
      }
      return 0
    } catch (error) {
      // The message already names the first record and field; one line is enough.
      if (error instanceof AppFailure) {
        context.stderr(`story-vault: ${error.message}\n`)
        return 1
      }
      throw error
    }
  },
}
