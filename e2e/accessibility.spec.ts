import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { expectNoSeriousA11yViolations } from './support/axe'

/**
 * Every screen, in light and dark (the app follows the system's colour scheme), checked with axe for
 * serious and critical problems.
 */
// axe takes seconds per screen on a busy machine.
test.describe.configure({ timeout: 240_000 })

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.beforeEach(async ({ app }) => {
      await app.page.emulateMedia({ colorScheme })
    })

    const check = (page: Page, screen: string) =>
      expectNoSeriousA11yViolations(page, `${screen}, ${colorScheme}`)

    test('welcome, stories, palette, shortcuts and import', async ({ app }) => {
      const { page } = app
      await expect(page.getByRole('button', { name: 'Start with the demo vault' })).toBeVisible()
      await check(page, 'welcome screen')

      await page.getByRole('button', { name: 'Start with the demo vault' }).click()
      await page.getByTestId('story-list').getByRole('option').first().click()
      await expect(
        page.getByTestId('suggestion-ownership').or(page.getByTestId('strength-fixes')),
      ).toBeVisible()
      await check(page, 'stories list and editor')

      await page.keyboard.press('Control+K')
      const palette = page.getByRole('dialog', { name: 'Search by interview question' })
      await palette
        .getByLabel('Interview question')
        .fill('Tell me about a time you disagreed with a partner team')
      await expect(
        palette.getByRole('listbox', { name: 'Best stories' }).getByRole('option').first(),
      ).toBeVisible()
      await check(page, 'search palette with results')
      await page.keyboard.press('Escape')

      await page.getByRole('button', { name: 'Keyboard shortcuts' }).click()
      await expect(page.getByRole('dialog')).toBeVisible()
      await check(page, 'shortcut help')
      await page.keyboard.press('Escape')

      await page.getByRole('button', { name: 'Import…' }).click()
      const dialog = page.getByRole('dialog', { name: 'Import stories' })
      await dialog.getByTestId('import-file-input').setInputFiles({
        name: 'stories.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('Title,Action,Ownership\nCut build time,I split the suite,x\n'),
      })
      await expect(dialog.getByTestId('import-summary')).toBeVisible()
      await check(page, 'import dialog with a preview')
    })

    test('matrix in every lens, cheat sheets with preview, backups', async ({ app }) => {
      const { page } = app
      await page.getByRole('button', { name: 'Start with the demo vault' }).click()
      const views = page.getByRole('navigation', { name: 'Views' })
      await views.getByRole('button', { name: 'Matrix' }).click()
      for (const lens of ['Core', 'Amazon', 'Meta', 'Google']) {
        await page.getByRole('radio', { name: lens }).click()
        await expect(page.getByRole('grid')).toBeVisible()
        await check(page, `matrix, ${lens} lens`)
      }

      await views.getByRole('button', { name: 'Cheat sheets' }).click()
      await expect(page.getByTestId('sheet-preview').locator('article').first()).toBeVisible()
      await check(page, 'cheat sheets with preview')

      await views.getByRole('button', { name: 'Backups' }).click()
      await expect(page.getByRole('heading', { name: /Backups/ })).toBeVisible()
      await check(page, 'backups')
    })
  })
}
