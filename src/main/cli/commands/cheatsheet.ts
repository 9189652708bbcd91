import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { buildCheatSheet, defaultQuestions } from '../../../shared/cheatsheet/build'
import { COMPETENCY_PRESETS, presetById } from '../../../shared/cheatsheet/presets'
import { renderCheatSheetHtml } from '../../../shared/cheatsheet/render-html'
import {
  PAPER_SIZES,
  SHEET_LAYOUTS,
  SheetSpecSchema,
  type SheetSpec,
} from '../../../shared/cheatsheet/schema'
import { COMPETENCY_IDS } from '../../../shared/story/competency-ids'
import { TARGET_LEVELS } from '../../../shared/story/levels'
import { ChromiumMissingError, createChromiumPdfRenderer } from '../../pdf/chromium-pdf'
import { CliUsageError, type CliCommand, type CliContext } from '../types'

const USAGE = [
  'Usage: story-vault cheatsheet (--pdf OUT.pdf | --html OUT.html) [--level L] [--competencies a,b,c]',
  '         [--layout one-page|detailed] [--paper a4|letter] [--company NAME] [--role ROLE] [--sheet ID] [--vault PATH]',
  `  --level        ${TARGET_LEVELS.join(', ')} (default: the vault's target level)`,
  `  --competencies ids, or a preset: ${COMPETENCY_PRESETS.map((p) => p.id).join(', ')} (default: core)`,
  `                 ids: ${COMPETENCY_IDS.join(', ')}`,
  '  --sheet        start from a cheat sheet saved in the app (its picks and questions); flags override it',
].join('\n')

function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new CliUsageError(`--${name} must be one of ${allowed.join(', ')}.\n${USAGE}`)
}

function competencyList(value: string): { competencies: string[]; lens: string | null } {
  const preset = presetById(value.trim().toLowerCase())
  if (preset) return { competencies: preset.competencies, lens: preset.id === 'core' ? null : preset.id }
  const ids = value
    .split(',')
    .map((id) => id.trim().toLowerCase())
    .filter(Boolean)
  const unknown = ids.filter((id) => !COMPETENCY_IDS.includes(id))
  if (unknown.length || ids.length === 0) {
    throw new CliUsageError(
      `Unknown competency ${unknown.map((u) => `"${u}"`).join(', ') || '(none given)'}.\n${USAGE}`,
    )
  }
  return { competencies: ids, lens: null }
}

async function sheetSpec(values: Record<string, string | undefined>, context: CliContext) {
  const store = await context.openVault({ readOnly: true })
  const doc = store.current()
  const saved = values.sheet ? doc.sheets.find((sheet) => sheet.id === values.sheet) : undefined
  if (values.sheet && !saved) {
    const ids = doc.sheets.map((s) => `${s.id} (${s.company || 'no company'})`).join(', ')
    throw new CliUsageError(`There is no saved cheat sheet "${values.sheet}". Saved: ${ids || 'none'}.`)
  }
  const chosen = values.competencies ? competencyList(values.competencies) : undefined
  const spec: SheetSpec = SheetSpecSchema.parse({
    ...(saved ?? { questionsToAsk: defaultQuestions(), competencies: presetById('core')?.competencies }),
    ...(chosen ?? {}),
    level: oneOf('level', values.level, TARGET_LEVELS) ?? saved?.level ?? doc.settings.targetLevel,
    layout: oneOf('layout', values.layout, SHEET_LAYOUTS) ?? saved?.layout,
    paper: oneOf('paper', values.paper, PAPER_SIZES) ?? saved?.paper,
    company: values.company ?? saved?.company,
    role: values.role ?? saved?.role,
  })
  return { spec, stories: doc.stories }
}

export const cheatsheetCommand: CliCommand = {
  name: 'cheatsheet',
  summary: 'Print a one-page cheat sheet of your best story for each area, as PDF or HTML.',
  usage: USAGE,
  async run(args, context) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: Object.fromEntries(
        ['level', 'competencies', 'layout', 'paper', 'pdf', 'html', 'company', 'role', 'sheet'].map(
          (name) => [name, { type: 'string' as const }],
        ),
      ),
    })
    const flags = values as Record<string, string | undefined>
    if (positionals.length) throw new CliUsageError(`Unexpected "${positionals[0]}".\n${USAGE}`)
    if (!flags.pdf && !flags.html) throw new CliUsageError(`Give --pdf OUT.pdf or --html OUT.html.\n${USAGE}`)

    const { spec, stories } = await sheetSpec(flags, context)
    const content = buildCheatSheet(spec, stories)
    const html = renderCheatSheetHtml(content)
    const missing = content.entries.filter((entry) => !entry.story).map((entry) => entry.competencyName)

    if (flags.html) {
      const out = resolve(context.cwd, flags.html)
      await writeFile(out, html, 'utf8')
      context.stdout(`Wrote ${out}\n`)
    }
    if (flags.pdf) {
      const out = resolve(context.cwd, flags.pdf)
      const renderer = createChromiumPdfRenderer({ env: context.env })
      try {
        await writeFile(out, await renderer.render(html, { paper: spec.paper }))
        context.stdout(`Wrote ${out}\n`)
      } catch (error) {
        if (!(error instanceof ChromiumMissingError)) throw error
        context.stderr(`story-vault: ${error.message}\n`)
        if (!flags.html)
          context.stderr('Add --html OUT.html to get the sheet as a web page and print it from a browser.\n')
        return 1
      } finally {
        await renderer.close()
      }
    }
    const covered = content.entries.length - missing.length
    context.stdout(`${covered} of ${content.entries.length} areas have a story.\n`)
    if (missing.length) context.stdout(`No story yet for: ${missing.join(', ')}.\n`)
    return 0
  },
}
