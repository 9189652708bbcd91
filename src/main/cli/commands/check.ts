import { parseArgs } from 'node:util'
import {
  checkStory,
  coverageSummary,
  type CoverageSummary,
  type StoryCheck,
} from '../../../shared/strength/check'
import { TARGET_LEVELS, type TargetLevel } from '../../../shared/story/levels'
import { CliUsageError, type CliCommand } from '../types'

function isLevel(value: string): value is TargetLevel {
  return (TARGET_LEVELS as readonly string[]).includes(value)
}

function storyLines(check: StoryCheck): string[] {
  const { competencies, scope } = check
  const suggested = competencies.suggested.filter((s) => !competencies.effective.includes(s.id))
  const lines = [
    `${check.id}  ${check.title}`,
    `  competencies: ${competencies.effective.join(', ') || '—'}${competencies.assigned.length ? '' : ' (suggested)'}` +
      (suggested.length
        ? `; maybe ${suggested.map((s) => `${s.id} ${Math.round(s.confidence * 100)}%`).join(', ')}`
        : ''),
    `  scope: ${scope.smallForLevel ? 'SMALL' : 'ok'} — ${scope.reasons[0] ?? ''}${scope.fromText ? ' (read from text)' : ''}`,
  ]
  for (const [id, items] of Object.entries(check.checklist)) {
    if (items.missing.length) lines.push(`  ${id}: missing ${items.missing.join(', ')}`)
  }
  lines.push(`  ${check.hasMetric ? 'has a metric' : 'no metric'}, about ${check.speakingMinutes} min spoken`)
  for (const warning of check.warnings) lines.push(`  ! ${warning}`)
  return lines
}

function coverageLines(summary: CoverageSummary): string[] {
  const lines = [
    `Coverage for ${summary.level}: ${summary.stories} stories, ${summary.smallForLevel} small for the level.`,
    ...Object.entries(summary.competencies).map(
      ([id, c]) =>
        `  ${id.padEnd(15)} ${String(c.strongStories).padStart(3)} strong  ${c.best ? `best: ${c.best.title}` : '—'}`,
    ),
  ]
  for (const gap of summary.gaps) lines.push(`  gap: ${gap.message}`)
  for (const story of summary.overused) lines.push(`  overused: ${story.message}`)
  return lines
}

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'Check every story: competencies, scope for a target level, checklist, metrics and length.',
  usage: 'Usage: story-vault check [--level senior|staff|principal|manager|director] [--json]',
  async run(args, context) {
    const { values } = parseArgs({
      args,
      options: { level: { type: 'string' }, json: { type: 'boolean', default: false } },
    })
    if (values.level !== undefined && !isLevel(values.level)) {
      throw new CliUsageError(`--level must be one of ${TARGET_LEVELS.join(', ')}.`)
    }
    const store = await context.openVault({ readOnly: true })
    const vault = store.current()
    const level = values.level ?? vault.settings.targetLevel
    const checks = vault.stories.map((story) => checkStory(story, level))
    const coverage = coverageSummary(vault.stories, checks, level)
    if (values.json) {
      context.stdout(`${JSON.stringify({ stories: checks, coverage }, null, 2)}\n`)
      return
    }
    if (checks.length === 0) {
      context.stdout(`No stories yet in ${store.path}.\n`)
      return
    }
    context.stdout(
      `${[...checks.flatMap((c) => [...storyLines(c), '']), ...coverageLines(coverage)].join('\n')}\n`,
    )
  },
}
