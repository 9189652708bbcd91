import { randomUUID } from 'node:crypto'
import type { Handlers } from '../../shared/contract'
import { AppFailure } from '../../shared/contract/result'
import type { ImportApplied, ImportRequest } from '../../shared/contract/transfer'
import { LIMITS } from '../../shared/story/limits'
import { exportVault } from '../../shared/transfer/export'
import { parseImportFiles, utf8Bytes } from '../../shared/transfer/import-files'
import { applyImport, type ImportPlan } from '../../shared/transfer/merge'
import { buildPreview } from '../../shared/transfer/preview'
import { describeIssue } from '../../shared/transfer/types'
import type { VaultStore } from '../vault/store-types'
import type { Services } from './services'

type TransferHandlers = Pick<
  Handlers,
  'transfer:preview-import' | 'transfer:apply-import' | 'transfer:export'
>

function checkSize(request: Pick<ImportRequest, 'files'>): void {
  const bytes = request.files.reduce((sum, file) => sum + utf8Bytes(file.text), 0)
  if (bytes > LIMITS.importBytes) {
    const mb = Math.round(LIMITS.importBytes / 1024 / 1024)
    throw new AppFailure(
      'too-large',
      `That is more than ${mb} MB to import at once. Import the files in smaller groups.`,
    )
  }
}

export type ImportOutcome = Omit<ImportApplied, 'snapshot'>

/**
 * Reads the files and saves every story in ONE vault update — or, if any record is wrong, saves
 * nothing and throws AppFailure('invalid-input') naming the record and field. Shared by the app and the CLI.
 */
export async function importIntoVault(vault: VaultStore, request: ImportRequest): Promise<ImportOutcome> {
  checkSize(request)
  const parsed = parseImportFiles(request.files, { mappings: request.mappings })
  if (parsed.errors.length > 0) {
    const lines = parsed.errors.map(describeIssue)
    const more =
      lines.length > 1 ? ` (and ${lines.length - 1} more problem${lines.length > 2 ? 's' : ''})` : ''
    throw new AppFailure('invalid-input', `Nothing was imported. ${lines[0]}${more}`, lines.slice(0, 50))
  }
  if (parsed.stories.length === 0)
    throw new AppFailure('invalid-input', 'Nothing was imported: the files hold no stories.')
  let plan: ImportPlan | undefined
  let ids: string[] = []
  const now = new Date().toISOString()
  await vault.update(
    (doc) => {
      const applied = applyImport(doc, parsed.stories, { newId: randomUUID, now })
      if (applied.doc.stories.length > LIMITS.stories) {
        throw new AppFailure(
          'too-large',
          `A vault holds at most ${LIMITS.stories.toLocaleString('en-US')} stories.`,
        )
      }
      plan = applied.plan
      ids = applied.addedIds
      return applied.doc
    },
    { allowLargeRemoval: request.allowLargeRemoval === true },
  )
  return {
    added: plan?.added ?? 0,
    updated: plan?.updated ?? 0,
    skipped: plan?.skipped ?? 0,
    ids,
    warnings: parsed.warnings,
  }
}

export function createTransferHandlers({ vault }: Services): TransferHandlers {
  return {
    'transfer:preview-import': (request) => {
      checkSize(request)
      return buildPreview(
        parseImportFiles(request.files, { mappings: request.mappings }),
        vault.current().stories,
      )
    },
    'transfer:apply-import': async (request) => ({
      ...(await importIntoVault(vault, request)),
      snapshot: vault.snapshot(),
    }),
    'transfer:export': ({ format }) => ({
      files: exportVault(vault.current(), format, new Date().toISOString()),
    }),
  }
}
