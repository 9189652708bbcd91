import type { ImportPreview } from '../contract/transfer'
import { PREVIEW_ROWS } from '../contract/transfer'
import type { Story } from '../story/schema'
import type { ParsedImport } from './import-files'
import { planImport } from './merge'
import { describeIssue } from './types'

/** What the import dialog shows: the stories, what happens to each, and everything that is wrong. */
export function buildPreview(parsed: ParsedImport, existing: readonly Story[]): ImportPreview {
  const plan = planImport(existing, parsed.stories)
  const rows = parsed.stories.slice(0, PREVIEW_ROWS).map((story, index) => ({
    label: parsed.labels[index] ?? `Record ${index + 1}`,
    title: story.title,
    company: story.company,
    year: story.year,
    competencies: story.competencies,
    action: plan.entries[index]?.action ?? 'add',
    reason: plan.entries[index]?.reason ?? '',
  }))
  const errors = parsed.errors.slice(0, PREVIEW_ROWS)
  return {
    files: parsed.files,
    rows,
    totalStories: parsed.stories.length,
    errors,
    errorLines: errors.map(describeIssue),
    errorCount: parsed.errors.length,
    warnings: parsed.warnings.slice(0, PREVIEW_ROWS),
    summary: { added: plan.added, updated: plan.updated, skipped: plan.skipped },
    canApply: parsed.errors.length === 0 && parsed.stories.length > 0,
  }
}
