import { expect, test } from './fixtures'
import type { Page } from '@playwright/test'

async function startEmpty(page: Page) {
  await page.getByRole('button', { name: 'Start empty' }).click()
  await expect(page.getByTestId('empty-vault')).toBeVisible()
}

async function newStory(page: Page, title: string) {
  await page.getByRole('button', { name: 'New story' }).click()
  const titleInput = page.getByLabel('Title', { exact: true })
  await expect(titleInput).toHaveValue('Untitled story')
  await titleInput.fill(title)
}

const saved = (page: Page) => expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved')

test('creates and edits a story, and autosave keeps it across a restart', async ({ app }) => {
  const { page } = app
  await startEmpty(page)
  await newStory(page, 'Untangled the release train')
  await page
    .getByLabel('Situation', { exact: true })
    .fill('Releases took two days and broke every other week.')
  await page.getByLabel('Result', { exact: true }).fill('Releases now take 40 minutes.')
  await page.getByRole('button', { name: /Ownership/ }).click()
  await page.getByLabel('Tags', { exact: true }).fill('release')
  await page.getByLabel('Tags', { exact: true }).press('Enter')
  await page.getByLabel('Year', { exact: true }).fill('2023')
  await page.getByLabel('Reach', { exact: true }).selectOption('multi-team')
  await saved(page)
  await expect(
    page.getByTestId('story-list').getByRole('option', { name: /Untangled the release train/ }),
  ).toBeVisible()

  await app.restart()
  const page2 = app.page
  await page2
    .getByTestId('story-list')
    .getByRole('option', { name: /Untangled the release train/ })
    .click()
  await expect(page2.getByLabel('Situation', { exact: true })).toHaveValue(
    'Releases took two days and broke every other week.',
  )
  await expect(page2.getByLabel('Result', { exact: true })).toHaveValue('Releases now take 40 minutes.')
  await expect(page2.getByRole('button', { name: /Ownership/ })).toHaveAttribute('aria-pressed', 'true')
  await expect(page2.getByRole('list', { name: 'Tags on this story' })).toContainText('release')
  await expect(page2.getByLabel('Year', { exact: true })).toHaveValue('2023')
  await expect(page2.getByLabel('Reach', { exact: true })).toHaveValue('multi-team')
})

test('keeps typing that continues while a save is running', async ({ app }) => {
  const { page } = app
  await startEmpty(page)
  await newStory(page, 'Typing race')
  const action = page.getByLabel('Action', { exact: true })
  // Pauses longer than the autosave delay between bursts, so saves and typing overlap.
  for (const word of ['I', ' paired', ' with', ' the', ' partner', ' team.']) {
    await action.pressSequentially(word, { delay: 30 })
    await page.waitForTimeout(350)
  }
  await expect(action).toHaveValue('I paired with the partner team.')
  await saved(page)
  await app.restart()
  await app.page
    .getByTestId('story-list')
    .getByRole('option', { name: /Typing race/ })
    .click()
  await expect(app.page.getByLabel('Action', { exact: true })).toHaveValue('I paired with the partner team.')
})

test('saves at once when switching to another story mid-typing', async ({ app }) => {
  const { page } = app
  await startEmpty(page)
  await newStory(page, 'First story')
  await saved(page)
  await newStory(page, 'Second story')
  await saved(page)
  const list = page.getByTestId('story-list')
  await list.getByRole('option', { name: /First story/ }).click()
  await page.getByLabel('Task', { exact: true }).fill('Typed just before switching away.')
  await list.getByRole('option', { name: /Second story/ }).click()
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Second story')
  await page.waitForTimeout(300) // less than the typing pause: only the switch can have saved it
  await app.restart()
  await app.page
    .getByTestId('story-list')
    .getByRole('option', { name: /First story/ })
    .click()
  await expect(app.page.getByLabel('Task', { exact: true })).toHaveValue('Typed just before switching away.')
})

test('deletes a story and puts it back with Undo and with Ctrl+Z', async ({ app }) => {
  const { page } = app
  await startEmpty(page)
  await newStory(page, 'Story to delete')
  await saved(page)
  const row = page.getByTestId('story-list').getByRole('option', { name: /Story to delete/ })

  await page.getByRole('button', { name: 'Delete story' }).click()
  await expect(page.getByTestId('undo-toast')).toContainText('Deleted “Story to delete”')
  await expect(row).toHaveCount(0)
  await page.getByTestId('undo-toast').getByRole('button', { name: 'Undo' }).click()
  await expect(row).toBeVisible()

  await page.getByTestId('story-list').focus()
  await page.keyboard.press('Delete')
  await expect(row).toHaveCount(0)
  await page.keyboard.press('ControlOrMeta+z')
  await expect(row).toBeVisible()

  await app.restart()
  await expect(
    app.page.getByTestId('story-list').getByRole('option', { name: /Story to delete/ }),
  ).toBeVisible()
})

test('starts with the demo vault, filters it and moves through it with the keyboard', async ({ app }) => {
  const { page } = app
  await expect(page.getByRole('heading', { name: 'Welcome to Story Vault' })).toBeVisible()
  await page.getByRole('button', { name: 'Start with the demo vault' }).click()
  const options = page.getByTestId('story-list').getByRole('option')
  await expect(options.first()).toBeVisible()
  const count = await page.getByTestId('story-count').textContent()
  expect(Number(count?.match(/\d+/)?.[0])).toBeGreaterThan(1)

  await page.keyboard.press('ControlOrMeta+f')
  await expect(page.getByLabel('Filter stories', { exact: true })).toBeFocused()
  await page.getByLabel('Filter stories', { exact: true }).fill('zzzz-no-such-words')
  await expect(page.getByTestId('no-matches')).toBeVisible()
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(options.first()).toBeVisible()

  await page.getByTestId('story-list').focus()
  await page.keyboard.press('ArrowDown')
  await expect(options.first()).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('ArrowDown')
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Title', { exact: true })).toBeFocused()
})

test('tells a person when a field is too long instead of cutting it', async ({ app }) => {
  const { page } = app
  await startEmpty(page)
  await newStory(page, 'Long paste')
  await saved(page)
  const huge = 'word '.repeat(5_000)
  await page.getByLabel('Learnings', { exact: true }).fill(huge)
  await expect(
    page.getByText('Learnings is limited to 20,000 characters', { exact: false }).first(),
  ).toBeVisible()
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'invalid')
  await expect(page.getByLabel('Learnings', { exact: true })).toHaveValue(huge)
})

test('the target level is kept in settings', async ({ app }) => {
  const { page } = app
  await startEmpty(page)
  await page.getByLabel('Target level', { exact: true }).selectOption('principal')
  await app.restart()
  await expect(app.page.getByLabel('Target level', { exact: true })).toHaveValue('principal')
})

test('keys typed right after Ctrl+N go into the new story’s title', async ({ app }) => {
  const { page } = app
  await startEmpty(page)
  await page.keyboard.press('ControlOrMeta+n')
  await page.keyboard.type('Typed without waiting')
  const title = page.getByLabel('Title', { exact: true })
  await expect(title).toHaveValue('Typed without waiting')
  await expect(title).toBeFocused()
  await saved(page)
  await expect(
    page.getByTestId('story-list').getByRole('option', { name: /Typed without waiting/ }),
  ).toBeVisible()
})

test('reads a story’s scope from its words when the scope fields are empty', async ({ app }, testInfo) => {
  const { page } = app
  await startEmpty(page)
  await newStory(page, 'The 6 day latency ghost')
  await page
    .getByLabel('Action', { exact: true })
    .fill(
      'Pulled in 2 ppl from networking and 1 from the kernel folks; we ran experiments over two quarters.',
    )
  const scope = page.getByTestId('scope-check')
  await expect(scope).toContainText('fits')
  await expect(scope).toContainText('ppl from networking')
  await scope.screenshot({ path: testInfo.outputPath('scope-from-text.png') })

  await newStory(page, 'Docking fix before the demo')
  await page
    .getByLabel('Action', { exact: true })
    .fill('The whole company knew, but it was just me over a weekend.')
  // The company watching is an audience, not the work's reach.
  await expect(scope).toContainText('Reach is your own work')
  await expect(scope).toContainText('looks small')
  await saved(page)
})
