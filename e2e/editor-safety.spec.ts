import { expect, test } from './fixtures'
import type { Page } from '@playwright/test'

async function startDemo(page: Page) {
  await page.getByRole('button', { name: 'Start with the demo vault' }).click()
  await expect(page.getByTestId('story-list').getByRole('option').first()).toBeVisible()
}

async function openFirstStory(page: Page): Promise<string> {
  const first = page.getByTestId('story-list').getByRole('option').first()
  const title = (await first.locator('.story-row-title').textContent()) ?? ''
  await first.click()
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(title)
  return title
}

const status = (page: Page) => page.getByTestId('save-status')

test('an invalid Year does not stop the rest of the story from being saved', async ({ app }, testInfo) => {
  test.skip(testInfo.project.name !== 'browser-host', 'reloads the page, which the browser host has')
  const { page } = app
  await startDemo(page)
  await openFirstStory(page)
  const year = page.getByLabel('Year', { exact: true })
  const savedYear = await year.inputValue()
  await year.fill('22')
  const learnings = page.getByLabel('Learnings', { exact: true })
  await learnings.fill('Write the rollback plan before the rollout plan.')
  await expect(status(page)).toHaveAttribute('data-state', 'invalid')
  await expect(status(page)).toContainText('Year is not saved (see the marked field); the rest is saved')
  await expect(year).toHaveAttribute('aria-invalid', 'true')
  await expect(page.locator('#story-year-error')).toHaveText('Year must be a whole number from 1950 to 2100.')

  // The field is off-screen while typing Learnings: "Go to Year" brings it, and its message, into view
  // below the sticky status line.
  await status(page).getByRole('button', { name: 'Go to Year' }).click()
  await expect(year).toBeFocused()
  const bar = await page.locator('.editor-topline').boundingBox()
  const message = await page.locator('#story-year-error').boundingBox()
  expect(bar && message && message.y >= bar.y + bar.height).toBe(true)
  await page.screenshot({ path: '/tmp/editor-invalid-year.png' })

  // Leaving with text that cannot be saved asks first; reloading anyway keeps everything else.
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type())
    void dialog.accept()
  })
  await page.reload()
  expect(dialogs).toEqual(['beforeunload'])
  await openFirstStory(page)
  await expect(page.getByLabel('Learnings', { exact: true })).toHaveValue(
    'Write the rollback plan before the rollout plan.',
  )
  await expect(page.getByLabel('Year', { exact: true })).toHaveValue(savedYear)
})

test('"A story needs a title." shows below the sticky status line, not under it', async ({ app }) => {
  const { page } = app
  await startDemo(page)
  await openFirstStory(page)
  await page.getByLabel('Metrics', { exact: true }).focus()
  await page.getByLabel('Title', { exact: true }).fill('')
  await status(page).getByRole('button', { name: 'Go to Title' }).click()
  const bar = await page.locator('.editor-topline').boundingBox()
  const message = page.locator('#story-title-error')
  await expect(message).toHaveText('A story needs a title.')
  const box = await message.boundingBox()
  expect(bar && box && box.y >= bar.y + bar.height).toBe(true)
})

test('a deleted story waits in Recently deleted, to restore or delete for good', async ({ app }) => {
  const { page } = app
  await startDemo(page)
  const title = await openFirstStory(page)
  await page.getByRole('button', { name: 'Delete story' }).click()
  await expect(page.getByTestId('undo-toast')).toContainText(`Deleted “${title}”`)
  // Focus stays in the list, on the next story, rather than dropping to the page.
  await expect(page.getByTestId('story-list')).toBeFocused()
  await page.getByTestId('undo-toast').getByRole('button', { name: 'Dismiss' }).click()

  await app.restart()
  const page2 = app.page
  await page2.getByRole('button', { name: 'Recently deleted' }).click()
  const list = page2.getByRole('list', { name: 'Deleted stories' })
  await expect(list).toContainText(title)
  await expect(list).toContainText('30 days left')
  await page2.screenshot({ path: '/tmp/editor-recently-deleted.png' })
  await list.getByRole('button', { name: `Restore “${title}”` }).click()
  await expect(page2.getByText(`Restored “${title}”.`)).toBeVisible()
  await expect(page2.getByTestId('trash-empty')).toBeVisible()
  await page2.getByRole('button', { name: 'Back to stories' }).click()
  await expect(page2.getByTestId('story-list').getByRole('option', { name: title })).toBeVisible()
})

test('Ctrl/Cmd+P on the Stories view prints the cheat sheet, and ? lists it', async ({ app }) => {
  const { page } = app
  await startDemo(page)
  await page.evaluate(() => {
    const counted = window as unknown as { printed: number }
    counted.printed = 0
    window.print = () => {
      counted.printed += 1
    }
  })
  await page.getByTestId('story-list').focus()
  await page.keyboard.press('ControlOrMeta+p')
  await expect(page.getByRole('button', { name: 'Cheat sheets' })).toHaveAttribute('aria-current', 'page')
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1)
  await expect(page.locator('.sheet-print-root')).not.toBeEmpty()

  await page.locator('body').press('?')
  await expect(page.getByRole('dialog')).toContainText('Print the cheat sheet')
})
