import type { ArgsOf, ChannelName, Result, ValueOf } from '../../../../src/shared/contract'
import type { BackupInfo, BackupPreview } from '../../../../src/shared/contract/backups'
import { fail, ok, type AppError } from '../../../../src/shared/contract/result'
import type { ImportRequest } from '../../../../src/shared/contract/transfer'
import { exportVault } from '../../../../src/shared/transfer/export'
import { parseImportFiles } from '../../../../src/shared/transfer/import-files'
import { applyImport } from '../../../../src/shared/transfer/merge'
import { buildPreview } from '../../../../src/shared/transfer/preview'
import { emptyVault } from '../../../../src/shared/vault/document'
import type { Story } from '../../../../src/shared/story/schema'
import { FakeBridge } from '../../fake-bridge'

/**
 * The fake main process plus the transfer, backup and external-change channels, answered with the
 * real (pure) import and export code so the dialog is tested against what main really returns.
 */
export class TransferBridge extends FakeBridge {
  backups: BackupInfo[] = []
  backupTitles: string[] = []
  /** Errors to return once, in order, per channel. */
  scripted = new Map<ChannelName, AppError[]>()

  static create(stories: Story[] = []): TransferBridge {
    return new TransferBridge(FakeBridge.withStories(stories).snapshot)
  }

  override async invoke<K extends ChannelName>(channel: K, ...args: ArgsOf<K>): Promise<Result<ValueOf<K>>> {
    const next = this.scripted.get(channel)?.shift()
    if (next) {
      this.calls.push({ channel, args })
      return fail(next.code, next.message, next.details) as Result<ValueOf<K>>
    }
    const own = this.answer(channel, args as unknown[])
    if (!own) return super.invoke(channel, ...args)
    this.calls.push({ channel, args })
    return own as Result<ValueOf<K>>
  }

  private answer(channel: ChannelName, args: unknown[]): Result<unknown> | null {
    const doc = { ...emptyVault(), onboarded: true, stories: this.snapshot.stories }
    switch (channel) {
      case 'transfer:preview-import': {
        const request = args[0] as ImportRequest
        return ok(buildPreview(parseImportFiles(request.files, request), this.snapshot.stories))
      }
      case 'transfer:apply-import': {
        const request = args[0] as ImportRequest
        const parsed = parseImportFiles(request.files, request)
        if (parsed.errors.length) return fail('invalid-input', 'Nothing was imported.')
        let n = 0
        const applied = applyImport(doc, parsed.stories, {
          newId: () => `imported-${++n}`,
          now: '2026-02-01T00:00:00.000Z',
        })
        this.snapshot = { ...this.snapshot, stories: applied.doc.stories }
        return ok({
          ...applied.plan,
          ids: applied.addedIds,
          warnings: parsed.warnings,
          snapshot: structuredClone(this.snapshot),
        })
      }
      case 'transfer:export': {
        const { format } = args[0] as { format: 'json' | 'csv' | 'markdown-bundle' }
        return ok({ files: exportVault(doc, format, '2026-02-01T00:00:00.000Z') })
      }
      case 'backups:list':
        return ok(this.backups)
      case 'backups:preview': {
        const backup = this.backups.find((b) => b.id === args[0])
        const preview: BackupPreview = {
          id: String(args[0]),
          createdAt: backup?.createdAt ?? '',
          storyCount: this.backupTitles.length,
          titles: this.backupTitles,
        }
        return ok(preview)
      }
      case 'backups:restore':
        this.snapshot = { ...this.snapshot, stories: this.snapshot.stories.slice(0, 1) }
        return ok(structuredClone(this.snapshot))
      case 'vault:keep-mine':
        return ok(structuredClone(this.snapshot))
      default:
        return null
    }
  }
}
