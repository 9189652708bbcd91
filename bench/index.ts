/**
 * `npm run bench`: every benchmark section in one run, printed as JSON. Each section module exports
 * `run(): Promise<object>` and prints nothing itself; figures are compared to the targets there.
 */
import { pathToFileURL } from 'node:url'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

const SECTIONS = [
  'vault',
  'two-writers',
  'host',
  'search',
  'ranking',
  'cli',
  'strength',
  'competencies',
  'agreement',
  'cheatsheet',
  'practised',
  'loops',
] as const

async function main(): Promise<void> {
  const only = process.argv.slice(2)
  const report: Record<string, unknown> = { date: new Date().toISOString(), node: process.version }
  for (const name of SECTIONS) {
    if (only.length && !only.includes(name)) continue
    const file = resolve(import.meta.dirname, `${name}.ts`)
    if (!existsSync(file)) {
      report[name] = { skipped: 'not implemented yet' }
      continue
    }
    const section = (await import(pathToFileURL(file).href)) as { run: () => Promise<unknown> }
    process.stderr.write(`bench: ${name}…\n`)
    report[name] = await section.run()
  }
  console.log(JSON.stringify(report, null, 2))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
