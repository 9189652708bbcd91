// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { App } from '../../../../src/renderer/src/App'
import { VaultProvider } from '../../../../src/renderer/src/state/vault-context'
import { IMPORT_FIXTURES } from '../../../shared/transfer/fixtures'
import { TransferBridge } from './transfer-bridge'

const note = () =>
  new File([readFileSync(join(IMPORT_FIXTURES, 'obsidian-note.md'), 'utf8')], 'obsidian-note.md', {
    type: 'text/markdown',
  })

/** A drag event as the browser sends it for files from the desktop (jsdom has no DataTransfer). */
function fileEvent(type: 'dragover' | 'drop', files: File[]): Event {
  const event = new Event(type, { bubbles: true, cancelable: true })
  Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files, items: [] } })
  return event
}

function renderApp(bridge: TransferBridge) {
  render(
    <VaultProvider bridge={bridge}>
      <App />
    </VaultProvider>,
  )
}

afterEach(cleanup)

describe('files dropped on the window', () => {
  it('on the welcome screen: starts an empty vault, then previews the files for import', async () => {
    const bridge = TransferBridge.create()
    bridge.snapshot.onboarded = false
    renderApp(bridge)
    const welcome = await screen.findByRole('heading', { name: 'Welcome to Story Vault' })

    const over = fileEvent('dragover', [note()])
    const drop = fileEvent('drop', [note()])
    act(() => {
      welcome.dispatchEvent(over)
      welcome.dispatchEvent(drop)
    })
    // Not prevented, the browser would open the file in place of the app.
    expect(over.defaultPrevented).toBe(true)
    expect(drop.defaultPrevented).toBe(true)

    const dialog = await screen.findByRole('dialog', { name: 'Import stories' })
    expect((await within(dialog).findByTestId('import-summary')).textContent).toBe(
      '1 new story, 0 updated, 0 skipped (already in your vault).',
    )
    expect(bridge.callsOf('vault:start')).toEqual([['empty']])
    expect(bridge.callsOf('transfer:apply-import')).toEqual([])
  })

  it('in a read-only vault: says why nothing can be imported instead of opening the dialog', async () => {
    const bridge = TransferBridge.create()
    bridge.snapshot.health = { kind: 'read-only', reason: 'Saved by a newer version.' }
    renderApp(bridge)
    await screen.findByTestId('read-only-banner')
    const drop = fileEvent('drop', [note()])
    act(() => void document.body.dispatchEvent(drop))
    expect(drop.defaultPrevented).toBe(true)
    expect((await screen.findByTestId('error-banner')).textContent).toMatch(
      /read-only, so nothing can be imported/,
    )
    expect(screen.queryByRole('dialog', { name: 'Import stories' })).toBeNull()
  })

  it('a second drop replaces the first files in a fresh dialog', async () => {
    const bridge = TransferBridge.create()
    renderApp(bridge)
    await screen.findByRole('button', { name: 'Import…' })
    act(() => void document.body.dispatchEvent(fileEvent('drop', [note()])))
    const first = await screen.findByRole('dialog', { name: 'Import stories' })
    await within(first).findByTestId('import-summary')
    const csv = new File(['title,situation\nShipped it,Late project\nFixed it,Flaky tests\n'], 'two.csv')
    act(() => void document.body.dispatchEvent(fileEvent('drop', [csv])))
    // A fresh dialog (new key) replaces the first one once the dropped file is read.
    await waitFor(() => expect(first.isConnected).toBe(false))
    const dialog = screen.getByRole('dialog', { name: 'Import stories' })
    expect(await within(dialog).findByText(/CSV spreadsheet, 2 stories/)).toBeTruthy()
    expect(within(dialog).queryByText(/obsidian-note\.md/)).toBeNull()
  })
})
