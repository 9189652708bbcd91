import { z } from 'zod'
import { LIMITS } from '../story/limits'
import type { ColumnGuess } from '../transfer/csv-import'
import { isMappingTarget } from '../transfer/fields'
import type { ImportPlan, PlanAction } from '../transfer/merge'
import { EXPORT_FORMATS, type ImportFormat, type ImportIssue } from '../transfer/types'
import { channel } from './channel'
import type { VaultSnapshot } from './vault'

/** A folder import is many files; more than this is not a story collection. */
export const MAX_IMPORT_FILES = 5_000
/** How many stories, errors and warnings a preview lists (the counts are always complete). */
export const PREVIEW_ROWS = 200

const ImportFileSchema = z.object({
  name: z.string().min(1).max(1_000),
  text: z
    .string()
    .max(LIMITS.importBytes, { message: 'The file is larger than Story Vault imports at once.' }),
})

export const ImportRequestSchema = z.object({
  files: z.array(ImportFileSchema).min(1).max(MAX_IMPORT_FILES),
  /** The import dialog's column choices for CSV/TSV files, by file name, one target per column. */
  mappings: z
    .record(
      z.string().max(1_000),
      z.array(z.string().refine(isMappingTarget, { message: 'is not a column target' })).max(500),
    )
    .optional(),
  /** Set after the person confirmed a change that removes more than half of the stories. */
  allowLargeRemoval: z.boolean().optional(),
})
export type ImportRequest = z.infer<typeof ImportRequestSchema>

export interface ImportPreviewFile {
  name: string
  format: ImportFormat
  stories: number
  columns?: ColumnGuess[]
}

export interface ImportPreviewRow {
  /** Where in the file: "Row 4", "Record 2", "notes/launch.md". */
  label: string
  title: string
  company: string
  year: number | null
  competencies: string[]
  action: PlanAction
  reason: string
}

export interface ImportPreview {
  files: ImportPreviewFile[]
  /** The first PREVIEW_ROWS stories that would be imported. */
  rows: ImportPreviewRow[]
  totalStories: number
  errors: ImportIssue[]
  /** One line per error, for people: "Row 4 ("Title"): Year — "soon" is not a year". */
  errorLines: string[]
  errorCount: number
  warnings: string[]
  summary: Pick<ImportPlan, 'added' | 'updated' | 'skipped'>
  /** False when anything is wrong: the import is all or nothing. */
  canApply: boolean
}

export interface ImportApplied {
  added: number
  updated: number
  skipped: number
  /** Ids of the stories added, in file order. */
  ids: string[]
  /** What was ignored or guessed (unknown columns, competencies kept as tags…). */
  warnings: string[]
  snapshot: VaultSnapshot
}

export interface ExportedFiles {
  files: Array<{ name: string; text: string; mimeType: string }>
}

export const transferChannels = {
  /** Reads the files and shows what would happen. Saves nothing. */
  'transfer:preview-import': channel<ImportPreview>()(z.tuple([ImportRequestSchema])),
  /** Imports all stories in one save, or none: fails with 'invalid-input' and per-record details. */
  'transfer:apply-import': channel<ImportApplied>()(z.tuple([ImportRequestSchema])),
  /** json = backup (vault document), csv, markdown = one file per story, markdown-bundle = one .md file. */
  'transfer:export': channel<ExportedFiles>()(z.tuple([z.object({ format: z.enum(EXPORT_FORMATS) })])),
}
