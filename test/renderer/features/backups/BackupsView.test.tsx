// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { BackupsView } from '../../../../src/renderer/src/features/backups/BackupsView'
import { useVault, VaultProvider } from '../../../../src/renderer/src/state/vault-context'
import { makeStory } from '../../fake-bridge'
import { TransferBridge } from '../transfer/transfer-bridge'

function StoryCount() {
  const vault = useVault()
  return (
    <output data-testid="count" data-external-change={String(vault.externalChange)}>
      {vault.stories.length}
    </output>
  )
}

afterEach(cleanup)

function setup() {
  const bridge = TransferBridge.create([
    makeStory({ id: 'a', title: 'One' }),
    makeStory({ id: 'b', title: 'Two' }),
    makeStory({ id: 'c', title: 'Three' }),
  ])
  bridge.backups = [
    { id: 'auto-1', kind: 'auto', createdAt: '2026-01-02T10:00:00.000Z', storyCount: 1, size: 2048 },
    { id: 'external-1', kind: 'external', createdAt: '2026-01-01T10:00:00.000Z', storyCount: null, size: 10 },
  ]
  bridge.backupTitles = ['One']
  render(
    <VaultProvider bridge={bridge}>
      <BackupsView />
      <StoryCount />
    </VaultProvider>,
  )
  return bridge
}

describe('backups view', () => {
  it('lists backups with kind, story count and size; unreadable ones cannot be restored', async () => {
    setup()
    const table = await screen.findByTestId('backups-table')
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('Automatic12.0 KB'),
      expect.stringContaining('Other version (not loaded)unreadable10 B'),
    ])
    const restoreButtons = within(table).getAllByRole('button', { name: 'Restore…' }) as HTMLButtonElement[]
    expect(restoreButtons.map((b) => b.disabled)).toEqual([false, true])
  })

  it('previews the titles in a backup', async () => {
    setup()
    fireEvent.click((await screen.findAllByRole('button', { name: 'Preview' }))[0] as HTMLElement)
    const preview = await screen.findByTestId('backup-preview')
    expect(within(preview).getByRole('listitem').textContent).toBe('One')
  })

  it('restores only after confirmation, then shows the restored vault', async () => {
    const bridge = setup()
    fireEvent.click((await screen.findAllByRole('button', { name: 'Restore…' }))[0] as HTMLElement)
    expect(screen.getByRole('alertdialog').textContent).toMatch(
      /Replace your 3 stories with the 1 story saved/,
    )
    expect(bridge.callsOf('backups:restore')).toEqual([])
    fireEvent.click(screen.getByRole('button', { name: 'Restore this backup' }))
    expect((await screen.findByTestId('restore-done')).textContent).toMatch(
      /Restored the backup .* \(1 story\)/,
    )
    expect(bridge.callsOf('backups:restore')).toEqual([['auto-1']])
    expect(screen.getByTestId('count').textContent).toBe('1')
  })

  it('a restore refused because the file changed on disk asks for the version choice', async () => {
    const bridge = setup()
    bridge.scripted.set('backups:restore', [{ code: 'conflict', message: 'The vault changed on disk.' }])
    fireEvent.click((await screen.findAllByRole('button', { name: 'Restore…' }))[0] as HTMLElement)
    expect(screen.getByTestId('count').getAttribute('data-external-change')).toBe('false')
    fireEvent.click(screen.getByRole('button', { name: 'Restore this backup' }))
    expect((await screen.findByRole('alert')).textContent).toContain('The vault changed on disk.')
    expect(screen.getByTestId('count').getAttribute('data-external-change')).toBe('true')
    expect(screen.getByTestId('count').textContent).toBe('3')
  })
})
