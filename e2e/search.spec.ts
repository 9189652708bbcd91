import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** Starts with the demo vault and opens the question palette (Ctrl+K works once the vault is loaded). */
async function openPaletteOnDemo(page: Page) {
  await page.getByRole('button', { name: 'Start with the demo vault' }).click()
  await expect(page.getByRole('button', { name: 'Matrix', exact: true })).toBeVisible()
  await page.keyboard.press('Control+K')
  return page.getByRole('dialog', { name: 'Search by interview question' })
}

test('Ctrl+K finds the best demo story for a question, highlights why, and Enter opens it', async ({
  app,
}) => {
  const { page } = app
  const dialog = await openPaletteOnDemo(page)
  const input = dialog.getByLabel('Interview question')
  await expect(input).toBeFocused()
  await input.fill('Tell me about a flaky test you fixed')

  const results = dialog.getByRole('listbox', { name: 'Best stories' })
  const first = results.getByRole('option').first()
  await expect(first).toContainText('Fixed our flaky test suite on my own')
  await expect(first).toHaveAttribute('aria-selected', 'true')
  await expect(first.locator('mark').first()).toBeVisible()
  const marked = (await first.locator('mark').allTextContents()).map((t) => t.toLowerCase())
  expect(marked).toEqual(expect.arrayContaining(['flaky', 'test']))
  await expect(first).toContainText('Mentions')

  await input.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Fixed our flaky test suite on my own')
})

test('the palette says what to do with no question and with nothing to match', async ({ app }) => {
  const { page } = app
  const dialog = await openPaletteOnDemo(page)
  await expect(dialog).toContainText('Type a question as an interviewer would ask it')
  await dialog.getByLabel('Interview question').fill('🙂🙂')
  await expect(dialog).toContainText('no words to match on')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
})

test('the person corrects what a question probes and the order follows', async ({ app }) => {
  const dialog = await openPaletteOnDemo(app.page)
  await dialog.getByLabel('Interview question').fill('Tell me about a project you are proud of')
  const probes = dialog.getByRole('group', { name: 'What the question probes' })
  const first = dialog.getByRole('listbox', { name: 'Best stories' }).getByRole('option').first()
  await expect(first).toBeVisible()

  const remove = probes.getByRole('button', { name: /^Remove / })
  while ((await remove.count()) > 0) await remove.first().click()
  await probes.getByLabel('Add a competency the question probes').selectOption('conflict')
  await expect(probes).toContainText('You chose')
  await expect(first).toContainText('Resolving conflict')
  await expect(first).toContainText('Shows Resolving conflict, which this question probes')

  await probes.getByRole('button', { name: 'Use the guess' }).click()
  await expect(probes).not.toContainText('You chose')
})
