// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { App } from '../../../../src/renderer/src/App'
import type { ArgsOf, ChannelName, Result, ValueOf } from '../../../../src/shared/contract'
import { fail } from '../../../../src/shared/contract/result'
import type { Story } from '../../../../src/shared/story/schema'
import { VaultProvider } from '../../../../src/renderer/src/state/vault-context'
import { makeStory } from '../../fake-bridge'
import { TransferBridge } from '../transfer/transfer-bridge'
import { giveElementsASize } from '../../layout-size'

const CONFLICT = 'The vault changed on disk since it was opened here.'

/**
 * Main with a vault file that another device can change: while `theirs` is set, saves are refused
 * with 'conflict' (as the store does) until the window reloads or keeps its version.
 */
class DiskBridge extends TransferBridge {
  theirs: Story[] | null = null
  private gate: Promise<void> = Promise.resolve()
  private open: () => void = () => undefined

  /** Saves started from now on wait until release(). */
  holdSaves(): void {
    this.gate = new Promise((resolve) => (this.open = resolve))
  }
  release(): void {
    this.open()
  }

  changeOnDisk(stories: Story[]): void {
    this.theirs = stories
    this.emit('vault:changed-on-disk', { path: this.snapshot.path })
  }

  override async invoke<K extends ChannelName>(channel: K, ...args: ArgsOf<K>): Promise<Result<ValueOf<K>>> {
    if (channel === 'stories:save') {
      const blocked = this.theirs !== null
      await this.gate
      if (blocked) {
        this.calls.push({ channel, args })
        return fail('conflict', CONFLICT)
      }
    }
    if (channel === 'vault:reload' && this.theirs) {
      this.snapshot = { ...this.snapshot, stories: this.theirs }
      this.theirs = null
    }
    if (channel === 'vault:keep-mine') this.theirs = null
    return super.invoke(channel, ...args)
  }
}

const mine = makeStory({ id: 'a', title: 'Mine', situation: 'As first written.' })
const theirs = [makeStory({ id: 'a', title: 'Theirs', situation: 'Rewritten on the laptop.' })]

giveElementsASize()
afterEach(cleanup)

async function openMine() {
  const bridge = new DiskBridge(TransferBridge.create([mine]).snapshot)
  render(
    <VaultProvider bridge={bridge}>
      <App />
    </VaultProvider>,
  )
  fireEvent.click(await screen.findByText('Mine'))
  const situation = (await screen.findByLabelText('Situation')) as HTMLTextAreaElement
  return { bridge, situation }
}

/** Types into a field and leaves it, which saves at once. */
function type(field: HTMLTextAreaElement, text: string) {
  fireEvent.change(field, { target: { value: text } })
  fireEvent.blur(field)
}

const savedSituations = (bridge: DiskBridge) =>
  bridge.callsOf('stories:save').map(([draft]) => (draft as Story).situation)

describe('external change banner', () => {
  it('reloads at once and says so quietly when nothing is unsaved', async () => {
    const { bridge } = await openMine()
    act(() => bridge.changeOnDisk(theirs))
    expect((await screen.findByTestId('external-change-notice')).textContent).toMatch(
      /updated with changes made outside/,
    )
    expect(((await screen.findByLabelText('Situation')) as HTMLTextAreaElement).value).toBe(
      'Rewritten on the laptop.',
    )
    expect(bridge.callsOf('vault:reload')).toHaveLength(1)
    expect(screen.queryByTestId('external-change-banner')).toBeNull()
  })

  it('asks when there are unsaved edits, and loads nothing until the person chooses', async () => {
    const { bridge, situation } = await openMine()
    fireEvent.change(situation, { target: { value: 'My unsaved words.' } })
    act(() => bridge.changeOnDisk(theirs))
    expect((await screen.findByTestId('external-change-banner')).textContent).toContain(
      'Your unsaved edits are kept here',
    )
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(bridge.callsOf('vault:reload')).toHaveLength(0)
    expect(situation.value).toBe('My unsaved words.')
  })

  it('shows the choice, not "Couldn\'t save", when a save is refused because of an outside change', async () => {
    const { bridge, situation } = await openMine()
    bridge.theirs = theirs // changed on disk; the event has not arrived (or was missed)
    type(situation, 'Typed after the change.')
    await screen.findByTestId('external-change-banner')
    const status = screen.getByTestId('save-status')
    expect(status.getAttribute('data-state')).toBe('conflict')
    expect(status.textContent).toMatch(/Not saved yet — your vault changed on disk/)
    expect(status.textContent).not.toMatch(/Couldn't save/)
    expect(screen.queryByTestId('error-banner')).toBeNull()
    expect(situation.value).toBe('Typed after the change.')
  })

  it('"Keep mine" keeps their version as a backup, then saves the edits that were refused', async () => {
    const { bridge, situation } = await openMine()
    bridge.theirs = theirs
    type(situation, 'Typed after the change.')
    fireEvent.click(await screen.findByRole('button', { name: 'Keep mine (both are kept)' }))
    expect((await screen.findByTestId('external-change-notice')).textContent).toMatch(/saved as a backup/)
    await waitFor(() => expect(bridge.snapshot.stories[0]?.situation).toBe('Typed after the change.'))
    const order = bridge.calls.map((c) => c.channel).filter((c) => c !== 'vault:open')
    expect(order.lastIndexOf('stories:save')).toBeGreaterThan(order.indexOf('vault:keep-mine'))
    expect(bridge.callsOf('vault:reload')).toHaveLength(0)
    expect(screen.getByTestId('save-status').getAttribute('data-state')).toBe('saved')
  })

  it('"Load the new version" drops the edits only once chosen, and never saves them afterwards', async () => {
    const { bridge, situation } = await openMine()
    bridge.theirs = theirs
    type(situation, 'Words I chose to drop.')
    fireEvent.click(await screen.findByRole('button', { name: 'Load the new version' }))
    await waitFor(async () =>
      expect(((await screen.findByLabelText('Situation')) as HTMLTextAreaElement).value).toBe(
        'Rewritten on the laptop.',
      ),
    )
    expect(screen.getByLabelText('Title')).toHaveProperty('value', 'Theirs')
    await new Promise((resolve) => setTimeout(resolve, 800)) // longer than the autosave pause
    expect(savedSituations(bridge)).toEqual(['Words I chose to drop.']) // the refused attempt only
    expect(bridge.snapshot.stories[0]?.situation).toBe('Rewritten on the laptop.')
    expect(screen.queryByTestId('external-change-banner')).toBeNull()
  })

  it('waits for a save already in flight, so its answer cannot land on top of the new version', async () => {
    const { bridge, situation } = await openMine()
    bridge.holdSaves()
    type(situation, 'Saving while the laptop syncs.')
    act(() => bridge.changeOnDisk(theirs))
    fireEvent.click(await screen.findByRole('button', { name: 'Load the new version' }))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(bridge.callsOf('vault:reload')).toHaveLength(0) // still waiting for the save
    await act(async () => bridge.release())
    await waitFor(() => expect(bridge.callsOf('vault:reload')).toHaveLength(1))
    await waitFor(async () =>
      expect(((await screen.findByLabelText('Situation')) as HTMLTextAreaElement).value).toBe(
        'Rewritten on the laptop.',
      ),
    )
    expect(within(screen.getByTestId('story-list')).getByText('Theirs')).toBeTruthy()
    expect(screen.getByLabelText('Title')).toHaveProperty('value', 'Theirs')
  })
})
