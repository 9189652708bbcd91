import { act, fireEvent, render, screen } from '@testing-library/react'
import type { StoryVaultBridge } from '../../../../src/shared/contract'
import { SearchPalette } from '../../../../src/renderer/src/features/search/SearchPalette'
import { VaultProvider } from '../../../../src/renderer/src/state/vault-context'

/** Renders the search palette over a vault, types a question and waits for the result list. */
export async function searchInPalette(bridge: StoryVaultBridge, question: string) {
  render(
    <VaultProvider bridge={bridge}>
      <SearchPalette open onClose={() => undefined} />
    </VaultProvider>,
  )
  const input = await screen.findByLabelText('Interview question')
  await act(async () => {
    fireEvent.change(input, { target: { value: question } })
  })
  const results = await screen.findByRole('listbox', { name: 'Best stories' })
  return { input, results }
}
