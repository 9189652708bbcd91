// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { ExternalChangeBanner } from '../../../../src/renderer/src/features/external-change/ExternalChangeBanner'
import { unsavedForms } from '../../../../src/renderer/src/features/stories/unsaved-forms'
import { formFromStory } from '../../../../src/renderer/src/features/stories/story-form'
import { useVault, VaultProvider } from '../../../../src/renderer/src/state/vault-context'
import { makeStory } from '../../fake-bridge'
import { TransferBridge } from '../transfer/transfer-bridge'

const story = makeStory({ id: 'a', title: 'Mine' })

function Titles() {
  return (
    <output data-testid="titles">
      {useVault()
        .stories.map((s) => s.title)
        .join(',')}
    </output>
  )
}

async function setup() {
  const bridge = TransferBridge.create([story])
  render(
    <VaultProvider bridge={bridge}>
      <ExternalChangeBanner />
      <Titles />
    </VaultProvider>,
  )
  await waitFor(() => expect(screen.getByTestId('titles').textContent).toBe('Mine'))
  return bridge
}

afterEach(() => {
  cleanup()
  unsavedForms.clear()
})

describe('external change banner', () => {
  it('reloads at once and says so quietly when nothing is unsaved', async () => {
    const bridge = await setup()
    bridge.snapshot = { ...bridge.snapshot, stories: [makeStory({ id: 'a', title: 'Theirs' })] }
    act(() => bridge.emit('vault:changed-on-disk', { path: '/tmp/vault.json' }))
    expect((await screen.findByTestId('external-change-notice')).textContent).toMatch(
      /updated with changes made outside/,
    )
    expect(screen.getByTestId('titles').textContent).toBe('Theirs')
    expect(bridge.callsOf('vault:reload')).toHaveLength(1)
  })

  it('asks when there are unsaved edits, and "Keep mine" keeps both', async () => {
    const bridge = await setup()
    unsavedForms.set('a', { ...formFromStory(story), title: 'Mine, edited' })
    act(() => bridge.emit('vault:changed-on-disk', { path: '/tmp/vault.json' }))
    await screen.findByTestId('external-change-banner')
    expect(bridge.callsOf('vault:reload')).toHaveLength(0)
    fireEvent.click(screen.getByRole('button', { name: 'Keep mine (both are kept)' }))
    expect((await screen.findByTestId('external-change-notice')).textContent).toMatch(/saved as a backup/)
    expect(bridge.callsOf('vault:keep-mine')).toHaveLength(1)
    expect(bridge.callsOf('vault:reload')).toHaveLength(0)
  })

  it('"Load the new version" drops the unsaved edits and loads theirs', async () => {
    const bridge = await setup()
    unsavedForms.set('a', { ...formFromStory(story), title: 'Mine, edited' })
    act(() => bridge.emit('vault:changed-on-disk', { path: '/tmp/vault.json' }))
    bridge.snapshot = { ...bridge.snapshot, stories: [makeStory({ id: 'a', title: 'Theirs' })] }
    fireEvent.click(await screen.findByRole('button', { name: 'Load the new version' }))
    await waitFor(() => expect(screen.getByTestId('titles').textContent).toBe('Theirs'))
    expect(unsavedForms.get('a')).toBeUndefined()
    expect(bridge.callsOf('vault:keep-mine')).toHaveLength(0)
  })
})
