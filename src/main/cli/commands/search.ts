import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { buildSearchIndex } from '../../../shared/search/index'
import { vaultLinkIndex } from '../../../shared/practice/link-index'
import { formatSearchText } from '../../../shared/search/output'
import { searchWithLinks, toPersonalSearchJson } from '../../../shared/search/personal'
import { COMPETENCY_IDS, isCompetencyId } from '../../../shared/story/competency-ids'
import { TARGET_LEVELS, type TargetLevel } from '../../../shared/story/levels'
import { CliUsageError, type CliCommand } from '../types'

function parseLevel(value: string | undefined, fallback: TargetLevel): TargetLevel {
  if (value === undefined) return fallback
  if (!(TARGET_LEVELS as readonly string[]).includes(value)) {
    throw new CliUsageError(`--level must be one of ${TARGET_LEVELS.join(', ')}.`)
  }
  return value as TargetLevel
}

function parseLimit(value: string | undefined): number {
  if (value === undefined) return 5
  const limit = Number(value)
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    throw new CliUsageError('--limit must be a whole number from 1 to 100.')
  return limit
}

/** `--competency ID` (repeatable): what the question probes, instead of the guess. */
function parseCompetencies(values: readonly string[] | undefined): string[] | undefined {
  if (!values?.length) return undefined
  const unknown = values.filter((id) => !isCompetencyId(id))
  if (unknown.length)
    throw new CliUsageError(
      `Unknown competency ${unknown.join(', ')}. Use one of ${COMPETENCY_IDS.join(', ')}.`,
    )
  return [...values]
}

export const searchCommand: CliCommand = {
  name: 'search',
  summary: 'Find the best stories for an interview question, with the reasons.',
  usage: [
    'Usage: story-vault search "QUESTION" [--level senior|staff|principal|manager|director] [--limit N] [--json]',
    '       [--competency ID]…   what the question probes, instead of the guess (repeatable)',
    '       story-vault search --questions-file FILE [--level …] [--limit N]   (one JSON line per question)',
    'The level defaults to the vault’s target level.',
  ].join('\n'),
  async run(args, context) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        level: { type: 'string' },
        limit: { type: 'string' },
        json: { type: 'boolean', default: false },
        'questions-file': { type: 'string' },
        competency: { type: 'string', multiple: true },
      },
    })
    const file = values['questions-file']
    const question = positionals.join(' ')
    if (!file && !question.trim())
      throw new CliUsageError('Give a question in quotes, or --questions-file FILE.')
    if (file && question.trim())
      throw new CliUsageError('Give either a question or --questions-file, not both.')
    const limit = parseLimit(values.limit)
    const competencies = parseCompetencies(values.competency)
    const store = await context.openVault({ readOnly: true })
    const vault = store.current()
    const level = parseLevel(values.level, vault.settings.targetLevel)
    const index = buildSearchIndex(vault.stories)
    // Questions the person linked or practised lift those stories (with the reason shown).
    const links = vaultLinkIndex(vault)

    if (file) {
      const text = await readFile(resolve(context.cwd, file), 'utf8')
      const questions = text.split(/\r?\n/).filter((line) => line.trim())
      for (const q of questions) {
        context.stdout(
          `${JSON.stringify(toPersonalSearchJson(searchWithLinks(index, links, q, { level, limit, competencies }), level))}\n`,
        )
      }
      return
    }
    const response = searchWithLinks(index, links, question, { level, limit, competencies })
    context.stdout(
      values.json
        ? `${JSON.stringify(toPersonalSearchJson(response, level), null, 2)}\n`
        : formatSearchText(response, level),
    )
  },
}
