import { readFile } from 'node:fs/promises'
import { expect, test } from './fixtures'

test('builds a cheat sheet from the demo vault, swaps a pick, prints and exports a PDF', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: 'Start with the demo vault' }).click()
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Cheat sheets' }).click()

  const preview = page.getByTestId('sheet-preview')
  // A new sheet covers the core five; every one has a demo story.
  for (const competency of ['ambiguity', 'partnerships', 'ownership', 'leadership', 'blockers']) {
    await expect(preview.locator(`article[data-competency="${competency}"]`)).toHaveAttribute(
      'data-story',
      /.+/,
    )
  }
  await expect(preview).toContainText('Found out why small merchants were quietly leaving')
  await expect(preview.locator('.sv-missing')).toHaveCount(0)
  await page.screenshot({ path: 'test-results/cheatsheet-new.png' })

  // Swap the ambiguity story; the preview follows at once.
  await page.getByLabel('Working through ambiguity', { exact: true }).selectOption({
    label: 'Disagreed with our principal engineer about event sourcing, and changed the plan',
  })
  await expect(preview.locator('article[data-competency="ambiguity"] .sv-title')).toHaveText(
    'Disagreed with our principal engineer about event sourcing, and changed the plan',
  )

  await page.getByLabel('Company', { exact: true }).fill('Acme')
  await page.getByLabel('Role', { exact: true }).fill('Staff Engineer')
  await page.getByRole('button', { name: 'Amazon' }).click()
  await expect(preview.locator('article.sv-entry')).toHaveCount(10)
  await expect(preview.locator('h1')).toHaveText('Staff Engineer at Acme')
  await page.getByRole('button', { name: 'Save sheet' }).click()
  await expect(page.getByRole('button', { name: 'Staff Engineer at Acme' })).toBeVisible()

  // Only the sheet prints: the app around it is hidden in print media.
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('#root')).toBeHidden()
  await expect(page.locator('.sheet-print-root .sv-sheet')).toBeVisible()
  await page.screenshot({ path: 'test-results/cheatsheet-print.png', fullPage: true })
  await page.emulateMedia({ media: 'screen' })
  await page.screenshot({ path: 'test-results/cheatsheet-screen.png' })

  // Electron hands downloads to its own save dialog, which a test cannot answer; the browser host downloads.
  if (!app.electronApp) {
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export PDF' }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe('cheat-sheet-acme-staff-engineer.pdf')
    const bytes = await readFile(await file.path())
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  }

  // The saved sheet keeps its spec and picks across a restart.
  await app.restart()
  await app.page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Cheat sheets' })
    .click()
  await expect(app.page.getByLabel('Company', { exact: true })).toHaveValue('Acme')
  await expect(app.page.getByTestId('sheet-preview').locator('article.sv-entry')).toHaveCount(10)
})
