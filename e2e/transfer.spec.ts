import { readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { parseCsvStories } from '../src/shared/transfer/csv-import'

const MATRIX = resolve(__dirname, '../test/fixtures/import/story-matrix.csv')

/** Drops the Obsidian note fixture on the window, as a person would from their file manager. */
async function dropObsidianNote(page: Page): Promise<void> {
  const note = await readFile(resolve(__dirname, '../test/fixtures/import/obsidian-note.md'), 'utf8')
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer()
    transfer.items.add(new File([text], 'obsidian-note.md', { type: 'text/markdown' }))
    return transfer
  }, note)
  await page.dispatchEvent('main', 'dragover', { dataTransfer })
  await page.dispatchEvent('main', 'drop', { dataTransfer })
}

test('imports a CSV story matrix with a preview, then exports CSV with the same stories', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: 'Start empty' }).click()

  await page.getByRole('button', { name: 'Import…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import stories' })
  await dialog.getByTestId('import-file-input').setInputFiles(MATRIX)

  await expect(dialog.getByText('CSV spreadsheet, 3 stories')).toBeVisible()
  await expect(dialog.getByLabel('Read column “Ownership” as')).toHaveValue('competency:ownership')
  await expect(dialog.getByLabel('Read column “Notes” as')).toHaveValue('ignore')
  const rows = dialog.getByTestId('import-preview-table').locator('tbody tr')
  await expect(rows).toHaveCount(3)
  await expect(rows.first()).toContainText('Checkout rewrite with no spec')
  await expect(dialog.getByTestId('import-summary')).toHaveText(
    '3 new stories, 0 updated, 0 skipped (already in your vault).',
  )

  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(dialog.getByTestId('import-done')).toHaveText('Imported 3 stories.')
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(page.getByTestId('story-list').getByRole('option')).toHaveCount(3)

  await page.getByRole('button', { name: 'Export ▾' }).click()
  const downloading = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: /CSV spreadsheet/ }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^story-vault-\d{4}-\d{2}-\d{2}\.csv$/)
  const saved = join(app.dataDir, 'export.csv')
  await download.saveAs(saved)

  const exported = parseCsvStories(await readFile(saved, 'utf8'))
  const original = parseCsvStories(await readFile(MATRIX, 'utf8'))
  expect(exported.errors).toEqual([])
  const withoutIds = exported.stories.map(({ id: _id, createdAt: _createdAt, ...fields }) => fields)
  expect(withoutIds).toEqual(original.stories)
  // And the vault file on disk holds the same stories.
  const vault = JSON.parse(await readFile(app.vaultPath, 'utf8')) as { stories: Array<{ title: string }> }
  expect(vault.stories.map((s) => s.title)).toEqual(original.stories.map((s) => s.title))
})

test('imports a Markdown note dropped on the window, and restores the vault from a backup', async ({
  app,
}) => {
  const { page } = app
  await page.getByRole('button', { name: 'Start empty' }).click()
  await dropObsidianNote(page)

  const dialog = page.getByRole('dialog', { name: 'Import stories' })
  await expect(dialog.getByText('Markdown notes, 1 story')).toBeVisible()
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(dialog.getByTestId('import-done')).toHaveText('Imported 1 story.')
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(page.getByTestId('story-list').getByRole('option')).toHaveCount(1)

  // The import was a save, so the vault as it was before (no stories) is now a backup.
  await page.getByRole('button', { name: 'Backups' }).click()
  const table = page.getByTestId('backups-table')
  await expect(table.getByRole('row')).not.toHaveCount(1)
  const emptyBackup = table
    .getByRole('row')
    .filter({ hasText: /Automatic\s*0/ })
    .first()
  await emptyBackup.getByRole('button', { name: 'Restore…' }).click()
  await page.getByRole('button', { name: 'Restore this backup' }).click()
  await expect(page.getByTestId('restore-done')).toContainText('(0 stories)')
  const vault = JSON.parse(await readFile(app.vaultPath, 'utf8')) as { stories: unknown[] }
  expect(vault.stories).toEqual([])
})

test('loads a change made to the vault file outside the app, quietly when nothing is unsaved', async ({
  app,
}) => {
  const { page } = app
  await page.getByRole('button', { name: 'Start empty' }).click()
  await expect(page.getByTestId('empty-vault')).toBeVisible()

  // Another device (through a sync folder) adds a story to the file.
  const doc = JSON.parse(await readFile(app.vaultPath, 'utf8')) as { stories: unknown[] }
  const now = new Date().toISOString()
  doc.stories.push({
    id: 'from-laptop',
    title: 'Written on the laptop',
    createdAt: now,
    updatedAt: now,
  })
  await writeFile(app.vaultPath, JSON.stringify(doc, null, 2))

  await expect(page.getByTestId('external-change-notice')).toContainText('updated with changes made outside')
  await expect(
    page.getByTestId('story-list').getByRole('option', { name: /Written on the laptop/ }),
  ).toBeVisible()
})

test('a file dropped on the welcome screen starts an empty vault and goes to the import dialog', async ({
  app,
}) => {
  const { page } = app
  await expect(page.getByRole('heading', { name: 'Welcome to Story Vault' })).toBeVisible()
  await dropObsidianNote(page)

  const dialog = page.getByRole('dialog', { name: 'Import stories' })
  await expect(dialog.getByText('Markdown notes, 1 story')).toBeVisible()
  // Still the app, not the dropped file opened in its place.
  expect(page.url()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//)
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(page.getByTestId('story-list').getByRole('option')).toHaveCount(1)
  const vault = JSON.parse(await readFile(app.vaultPath, 'utf8')) as {
    onboarded: boolean
    stories: unknown[]
  }
  expect(vault.onboarded).toBe(true)
  expect(vault.stories).toHaveLength(1)
})

/** Starts empty, writes one story, and leaves an edit unsaved (typed, the autosave pause not over). */
async function storyWithUnsavedEdit(app: { page: Page; vaultPath: string }, typed: string) {
  const { page } = app
  await page.getByRole('button', { name: 'Start empty' }).click()
  await page.getByRole('button', { name: 'New story' }).click()
  await page.getByLabel('Title', { exact: true }).fill('Shared story')
  await page.getByLabel('Situation', { exact: true }).click() // leaving the title saves it
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved')
  await page.getByLabel('Situation', { exact: true }).fill(typed)
  // Meanwhile another device (through a sync folder) rewrites the same story.
  const doc = JSON.parse(await readFile(app.vaultPath, 'utf8')) as { stories: Array<Record<string, unknown>> }
  doc.stories[0] = { ...doc.stories[0], title: 'Shared story (laptop)', situation: 'Laptop words.' }
  await writeFile(app.vaultPath, JSON.stringify(doc, null, 2))
  const banner = page.getByTestId('external-change-banner')
  await expect(banner).toBeVisible()
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'conflict')
  await expect(page.getByLabel('Situation', { exact: true })).toHaveValue(typed)
  return banner
}

test('an outside change while typing asks first; "Keep mine" saves the typing and keeps theirs as a backup', async ({
  app,
}, testInfo) => {
  const { page } = app
  const banner = await storyWithUnsavedEdit(app, 'Desktop words, typed while the laptop synced.')
  await page.screenshot({ path: testInfo.outputPath('external-change-banner.png') })

  await banner.getByRole('button', { name: 'Keep mine (both are kept)' }).click()
  await expect(page.getByTestId('external-change-notice')).toContainText('saved as a backup')
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved')
  const vault = JSON.parse(await readFile(app.vaultPath, 'utf8')) as { stories: Array<{ situation: string }> }
  expect(vault.stories.map((s) => s.situation)).toEqual(['Desktop words, typed while the laptop synced.'])
  await page.getByRole('button', { name: 'Backups' }).click()
  await expect(page.getByTestId('backups-table')).toContainText('Other version (not loaded)')
})

test('"Load the new version" replaces the typing only after the person chose it', async ({ app }) => {
  const { page } = app
  const banner = await storyWithUnsavedEdit(app, 'Words I will decide to drop.')
  await page.waitForTimeout(800) // past the autosave pause: nothing is dropped or saved by itself
  await expect(page.getByLabel('Situation', { exact: true })).toHaveValue('Words I will decide to drop.')

  await banner.getByRole('button', { name: 'Load the new version' }).click()
  await expect(page.getByLabel('Situation', { exact: true })).toHaveValue('Laptop words.')
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Shared story (laptop)')
  await expect(banner).toBeHidden()
  await page.waitForTimeout(800)
  const vault = JSON.parse(await readFile(app.vaultPath, 'utf8')) as { stories: Array<{ situation: string }> }
  expect(vault.stories.map((s) => s.situation)).toEqual(['Laptop words.'])
})
