import type { ImportPreview } from '../../../../shared/contract/transfer'

function plural(n: number, word: string): string {
  return `${n} ${n === 1 ? word : word.replace(/y$/, 'ie') + 's'}`
}

/**
 * The line under the preview. It must agree with the verdict: with problems nothing is imported, so it
 * never says "1 new story" under "nothing will be imported".
 */
export function importSummary(preview: Pick<ImportPreview, 'canApply' | 'errorCount' | 'summary'>): string {
  const { added, updated, skipped } = preview.summary
  if (!preview.canApply || preview.errorCount > 0) {
    return 'Nothing will be imported until the problems above are fixed.'
  }
  if (added + updated === 0) {
    return skipped > 0
      ? `Nothing new: ${plural(skipped, 'story')} ${skipped === 1 ? 'is' : 'are'} already in your vault.`
      : 'Nothing to import.'
  }
  return `${plural(added, 'new story')}, ${updated} updated, ${skipped} skipped (already in your vault).`
}
