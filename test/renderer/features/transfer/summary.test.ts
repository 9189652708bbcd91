import { describe, expect, it } from 'vitest'
import { importSummary } from '../../../../src/renderer/src/features/transfer/summary'

describe('the import summary line', () => {
  it('never counts new stories when the verdict is that nothing will be imported', () => {
    const line = importSummary({
      canApply: false,
      errorCount: 1,
      summary: { added: 1, updated: 0, skipped: 0 },
    })
    expect(line).toBe('Nothing will be imported until the problems above are fixed.')
    expect(line).not.toMatch(/new story/)
  })

  it('says so when every story is already there', () => {
    expect(
      importSummary({ canApply: true, errorCount: 0, summary: { added: 0, updated: 0, skipped: 2 } }),
    ).toBe('Nothing new: 2 stories are already in your vault.')
  })

  it('counts what will happen otherwise', () => {
    expect(
      importSummary({ canApply: true, errorCount: 0, summary: { added: 3, updated: 1, skipped: 0 } }),
    ).toBe('3 new stories, 1 updated, 0 skipped (already in your vault).')
  })
})
