import { expect, test } from './fixtures'

test('the matrix shows coverage of the demo vault, switches lens and opens a story', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: 'Start with the demo vault' }).click()
  await page.getByRole('button', { name: 'Matrix', exact: true }).click()

  const summary = page.getByTestId('coverage-summary')
  await expect(summary).toContainText(/\d+ of 12 competencies have a strong story/)
  const grid = page.getByRole('grid')
  await expect(grid.getByRole('columnheader', { name: 'Ownership' })).toBeVisible()

  await page.getByRole('radio', { name: 'Amazon' }).click()
  await expect(page.getByRole('radio', { name: 'Amazon' })).toHaveAttribute('aria-checked', 'true')
  await expect(grid.getByRole('columnheader', { name: 'Customer Obsession' })).toBeVisible()
  await expect(summary).toContainText(/of 16 Amazon Leadership Principles have a strong story/)

  await page.getByRole('radio', { name: 'Meta' }).click()
  await expect(grid.getByRole('columnheader', { name: 'Embracing Ambiguity' })).toBeVisible()

  const firstStory = grid.getByRole('rowheader').getByRole('button').first()
  const title = (await firstStory.textContent()) ?? ''
  await firstStory.click()
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(title)
})
