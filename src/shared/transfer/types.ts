import type { StoryFields } from '../story/schema'

export const IMPORT_FORMATS = ['json-backup', 'json', 'csv', 'tsv', 'markdown', 'notion'] as const
export type ImportFormat = (typeof IMPORT_FORMATS)[number]

export const EXPORT_FORMATS = ['json', 'csv', 'markdown', 'markdown-bundle'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** A story read from a file. id and timestamps come along only from our own backups and exports. */
export type ImportedStory = StoryFields & { id?: string; createdAt?: string }

/** One problem that stops a record from being imported. */
export interface ImportIssue {
  /** Where, the way a person finds it: "Record 3", "Row 4", "notes/launch.md". */
  record: string
  /** The record's title when it has one, so the person recognises it. */
  title: string
  field: string
  message: string
}

/** What every parser returns. Nothing is imported unless errors is empty. */
export interface ParseOutcome {
  stories: ImportedStory[]
  /** Parallel to stories: where each came from ("Row 4"). */
  labels: string[]
  errors: ImportIssue[]
  /** Things that were ignored or guessed (unknown columns, competencies kept as tags…). */
  warnings: string[]
}

export interface TextFile {
  name: string
  text: string
}

export function emptyOutcome(): ParseOutcome {
  return { stories: [], labels: [], errors: [], warnings: [] }
}

export function mergeOutcomes(outcomes: ParseOutcome[]): ParseOutcome {
  return {
    stories: outcomes.flatMap((o) => o.stories),
    labels: outcomes.flatMap((o) => o.labels),
    errors: outcomes.flatMap((o) => o.errors),
    warnings: outcomes.flatMap((o) => o.warnings),
  }
}

/** "Row 4 ("Cut build time"): year — "soon" is not a year." — one line for the CLI and the dialog. */
export function describeIssue(issue: ImportIssue): string {
  const title = issue.title ? ` ("${issue.title.slice(0, 60)}")` : ''
  const field = issue.field ? `${issue.field} — ` : ''
  return `${issue.record}${title}: ${field}${issue.message}`
}
