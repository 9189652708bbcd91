// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { readAsText } from '../../../../src/renderer/src/features/transfer/read-files'
import { ImportProvider } from '../../../../src/renderer/src/features/transfer/ImportProvider'
import { TransferMenu } from '../../../../src/renderer/src/features/transfer/TransferMenu'
import { useVault, VaultProvider } from '../../../../src/renderer/src/state/vault-context'
import { makeStory } from '../../fake-bridge'
import { IMPORT_FIXTURES } from '../../../shared/transfer/fixtures'
import { TransferBridge } from './transfer-bridge'

function StoryCount() {
  return <output data-testid="count">{useVault().stories.length}</output>
}

function renderMenu(bridge: TransferBridge) {
  return render(
    <VaultProvider bridge={bridge}>
      <ImportProvider>
        <TransferMenu />
        <StoryCount />
      </ImportProvider>
    </VaultProvider>,
  )
}

const matrix = () =>
  new File([readFileSync(join(IMPORT_FIXTURES, 'story-matrix.csv'), 'utf8')], 'story-matrix.csv', {
    type: 'text/csv',
  })

async function openDialogWith(files: File[]) {
  fireEvent.click(await screen.findByRole('button', { name: 'Import…' }))
  const dialog = screen.getByRole('dialog', { name: 'Import stories' })
  fireEvent.change(within(dialog).getByTestId('import-file-input'), { target: { files } })
  await within(dialog).findByTestId('import-summary')
  return dialog
}

afterEach(cleanup)

describe('import dialog', () => {
  it('previews a story matrix, then imports it in one call and refreshes the vault', async () => {
    const bridge = TransferBridge.create()
    renderMenu(bridge)
    const dialog = await openDialogWith([matrix()])
    expect(within(dialog).getByText(/CSV spreadsheet, 3 stories/)).toBeTruthy()
    expect((within(dialog).getByLabelText('Read column “Ownership” as') as HTMLSelectElement).value).toBe(
      'competency:ownership',
    )
    expect(
      within(dialog)
        .getAllByRole('row')
        .filter((r) => r.closest('[data-testid="import-preview-table"]')),
    ).toHaveLength(4)
    expect(within(dialog).getByTestId('import-summary').textContent).toBe(
      '3 new stories, 0 updated, 0 skipped (already in your vault).',
    )
    expect(bridge.callsOf('transfer:apply-import')).toEqual([])

    fireEvent.click(within(dialog).getByRole('button', { name: 'Import' }))
    expect((await within(dialog).findByTestId('import-done')).textContent).toBe('Imported 3 stories.')
    expect(bridge.callsOf('transfer:apply-import')).toHaveLength(1)
    expect(screen.getByTestId('count').textContent).toBe('3')
  })

  it('re-reads the preview with a changed column mapping and sends it with the import', async () => {
    const bridge = TransferBridge.create()
    renderMenu(bridge)
    const dialog = await openDialogWith([matrix()])
    fireEvent.change(within(dialog).getByLabelText('Read column “Notes” as'), {
      target: { value: 'learnings' },
    })
    await waitFor(() => expect(bridge.callsOf('transfer:preview-import')).toHaveLength(2))
    const [request] = bridge.callsOf('transfer:preview-import')[1] as [{ mappings: Record<string, string[]> }]
    expect(request.mappings['story-matrix.csv']?.at(-1)).toBe('learnings')
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import' }))
    await within(dialog).findByTestId('import-done')
    expect(bridge.snapshot.stories[1]?.learnings).toBe('ask Priya for the numbers')
  })

  it('lists per-record errors and keeps Import disabled', async () => {
    const bridge = TransferBridge.create()
    renderMenu(bridge)
    const bad = new File([readFileSync(join(IMPORT_FIXTURES, 'invalid-record.json'), 'utf8')], 'bad.json')
    const dialog = await openDialogWith([bad])
    expect(within(dialog).getByTestId('import-errors').textContent).toContain(
      'Record 2 ("Bad year story"): Year — "someday" is not a year like 2023',
    )
    expect((within(dialog).getByRole('button', { name: 'Import' }) as HTMLButtonElement).disabled).toBe(true)
  })

  it('asks before a change that removes many stories, then retries with confirmation', async () => {
    const bridge = TransferBridge.create()
    bridge.scripted.set('transfer:apply-import', [
      { code: 'needs-confirmation', message: 'This would remove 5 of your 8 stories.' },
    ])
    renderMenu(bridge)
    const dialog = await openDialogWith([matrix()])
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import' }))
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Yes, go ahead' }))
    await within(dialog).findByTestId('import-done')
    const calls = bridge.callsOf('transfer:apply-import') as Array<[{ allowLargeRemoval: boolean }]>
    expect(calls.map(([request]) => request.allowLargeRemoval)).toEqual([false, true])
  })

  it('opens from the File → Import menu command', async () => {
    const bridge = TransferBridge.create()
    renderMenu(bridge)
    await screen.findByRole('button', { name: 'Import…' })
    act(() => bridge.emit('menu:command', { command: 'import' }))
    expect(screen.getByRole('dialog', { name: 'Import stories' })).toBeTruthy()
  })
})

describe('export menu', () => {
  beforeEach(() => {
    URL.createObjectURL = vi.fn(() => 'blob:story-vault')
    URL.revokeObjectURL = vi.fn()
  })

  it('downloads the CSV export as a file', async () => {
    const bridge = TransferBridge.create([makeStory({ id: 'a', title: '=Risky title' })])
    renderMenu(bridge)
    const clicked: string[] = []
    const spy = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download)
    })
    fireEvent.click(await screen.findByRole('button', { name: 'Export ▾' }))
    fireEvent.click(screen.getByRole('menuitem', { name: /CSV spreadsheet/ }))
    await waitFor(() => expect(clicked).toEqual(['story-vault-2026-02-01.csv']))
    const blob = vi.mocked(URL.createObjectURL).mock.calls[0]?.[0] as Blob
    expect(await readAsText(blob)).toContain("'=Risky title")
    spy.mockRestore()
  })
})
