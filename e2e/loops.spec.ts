import { readFile, writeFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** Every page's text as pdf.js reads it, without spacing (it splits words at ligatures: "Sta" "ff"). */
const squash = (text: string) => text.replace(/\s+/g, '')

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await pdfjs.getDocument({ data: bytes, useSystemFonts: false }).promise
  const pages: string[] = []
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''))
  }
  await doc.destroy()
  return squash(pages.join(''))
}

async function expectNoSeriousAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(
    serious.map(
      (v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([])
}

async function openLoops(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Loops' }).click()
}

/** The title of the story a round plans for one area (auto or chosen). */
async function plannedTitle(page: Page, round: number, area: string): Promise<string> {
  const slot = page.getByTestId(`round-${round}`).locator('.loop-slot', { hasText: area }).first()
  return (await slot.locator('.loop-slot-title').textContent())?.trim() ?? ''
}

test('plans an interview loop, fixes a repeat, logs a round and prints its cheat sheet', async ({ app }) => {
  test.setTimeout(300_000)
  const { page } = app
  await page.getByRole('button', { name: 'Start with the demo vault' }).click()
  await openLoops(page)
  await expect(page.getByRole('heading', { name: 'Prepare for a specific interview loop' })).toBeVisible()

  // A loop with three rounds: ticked principles, free-text focus, a date in the past and one without.
  await page.getByRole('button', { name: 'New loop' }).first().click()
  const form = page.locator('form.loop-form')
  await form.getByLabel('Company').fill('Amazon')
  await form.getByLabel('Role').fill('Staff engineer')
  await form.getByLabel('Framework lens').selectOption({ label: 'Amazon Leadership Principles' })
  const round = (n: number) => form.locator('fieldset.loop-round-fields').nth(n)
  await round(0).getByLabel('Name').fill('Hiring manager')
  await round(0).getByLabel('Date and time').fill('2099-03-02T10:00')
  await round(0).getByRole('checkbox', { name: 'Ownership', exact: true }).check()
  await round(0).getByRole('checkbox', { name: 'Customer Obsession' }).check()
  await form.getByRole('button', { name: 'Add round' }).click()
  await round(1).getByLabel('Name').fill('Bar raiser')
  await round(1).getByLabel('Interviewer focus').fill('earn trust, dive deep')
  await form.getByRole('button', { name: 'Add round' }).click()
  await round(2).getByLabel('Name').fill('Peer')
  await round(2).getByLabel('Date and time').fill('2020-01-15T09:00')
  await round(2).getByRole('checkbox', { name: 'Deliver Results' }).check()
  await page.screenshot({ path: '/tmp/loops-form.png', fullPage: true })
  await form.getByRole('button', { name: 'Save loop' }).click()

  await expect(page.getByRole('heading', { name: /^Amazon/ })).toBeVisible()
  for (const name of ['Round 1: Hiring manager', 'Round 2: Bar raiser', 'Round 3: Peer']) {
    await expect(page.getByRole('heading', { name })).toBeVisible()
  }
  await expect(page.getByTestId('round-2')).toContainText('Dive Deep')
  await expect(page.getByTestId('round-2')).toContainText('Earn Trust')
  await expect(page.getByRole('navigation', { name: 'Interview loops' })).toContainText('Hiring manager in ')
  await expect(page.locator('.loop-warning[data-kind="duplicate"]')).toHaveCount(0)

  // Plan one story in two rounds: the repeat is warned about, and one click fixes it.
  const story = await plannedTitle(page, 1, 'Ownership')
  expect(story).not.toBe('')
  await page.getByLabel('Story for Ownership', { exact: true }).selectOption({ label: story })
  await expect(page.getByTestId('round-1').locator('.loop-badge', { hasText: 'your pick' })).toHaveCount(1)
  await page.getByLabel('Story for Dive Deep', { exact: true }).selectOption({ label: story })
  const duplicate = page.locator('.loop-warning[data-kind="duplicate"]')
  await expect(duplicate).toContainText(`“${story}” is planned in Hiring manager and Bar raiser`)
  await page.screenshot({ path: '/tmp/loops-duplicate.png', fullPage: true })
  await duplicate.getByRole('button').click()
  await expect(duplicate).toHaveCount(0)
  expect(await plannedTitle(page, 2, 'Dive Deep')).not.toBe(story)
  await page.screenshot({ path: '/tmp/loops-plan.png', fullPage: true })

  // The round's cheat sheet holds the planned stories, on screen and in the PDF.
  const roundOneTitles = [story, await plannedTitle(page, 1, 'Customer Obsession')]
  await page.getByTestId('round-1').getByRole('button', { name: 'Cheat sheet' }).click()
  const preview = page.getByTestId('sheet-preview')
  for (const title of roundOneTitles) await expect(preview).toContainText(title)
  await page.screenshot({ path: '/tmp/loops-sheet.png' })
  await expectNoSeriousAxeViolations(page, 'sheet dialog')
  if (!app.electronApp) {
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export PDF' }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe('cheat-sheet-amazon-hiring-manager-staff-engineer.pdf')
    const bytes = await readFile(await file.path())
    await writeFile('/tmp/loops-round.pdf', bytes)
    const text = await pdfText(new Uint8Array(bytes))
    for (const title of roundOneTitles) expect(text).toContain(squash(title))
    expect(text).toContain(squash('Amazon · Hiring manager'))
  }
  await page.getByRole('button', { name: 'Close' }).click()

  // The practice list: the round's questions with the stories planned for them.
  await page.getByTestId('round-1').getByRole('button', { name: 'Practice list' }).click()
  await expect(page.getByRole('dialog')).toContainText(story)
  await page.getByRole('button', { name: 'Close' }).click()

  // After the round: log what was asked and the story told.
  await page.getByTestId('round-1').getByRole('button', { name: 'Log this round' }).click()
  const logDialog = page.getByRole('dialog')
  await logDialog
    .getByLabel('What they asked')
    .fill('Tell me about something you fixed that was not your job')
  await logDialog.getByLabel('Story you told').selectOption({ label: story })
  await logDialog.getByLabel('How it went').selectOption('strong')
  await logDialog.getByLabel('Note').fill('They dug into the metrics')
  await logDialog.getByRole('button', { name: 'Save the log' }).click()
  await expect(logDialog).toHaveCount(0)
  await expect(page.getByTestId('round-1')).toContainText(
    'Tell me about something you fixed that was not your job',
  )

  // A second loop for the same company, typed differently: the logged story is flagged there.
  await page.getByRole('button', { name: 'New loop' }).first().click()
  await form.getByLabel('Company').fill('amazon.com')
  await expect(form.getByRole('note')).toContainText('Same company as “Amazon”')
  await form.getByLabel('Framework lens').selectOption({ label: 'Amazon Leadership Principles' })
  await round(0).getByLabel('Name').fill('Phone screen')
  await round(0).getByRole('checkbox', { name: 'Ownership', exact: true }).check()
  await form.getByRole('button', { name: 'Save loop' }).click()
  await expect(page.getByRole('heading', { name: /^amazon\.com/ })).toBeVisible()
  // Its own suggestion already steers clear of the story told; choosing it anyway is warned about.
  expect(await plannedTitle(page, 1, 'Ownership')).not.toBe(story)
  await page.getByLabel('Story for Ownership', { exact: true }).selectOption({ label: story })
  const told = page.locator('.loop-warning[data-kind="told-before"]')
  await expect(told).toContainText(`You told “${story}” to Amazon before (Hiring manager`)
  await page.screenshot({ path: '/tmp/loops-told-before.png', fullPage: true })

  // Accessibility of the loop views, light and dark.
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await expectNoSeriousAxeViolations(page, `plan (${scheme})`)
    await page.getByRole('button', { name: 'Edit loop' }).click()
    await expectNoSeriousAxeViolations(page, `form (${scheme})`)
    await page.getByRole('button', { name: 'Cancel' }).click()
    await page.screenshot({ path: `/tmp/loops-${scheme}.png`, fullPage: true })
  }
  await page.emulateMedia({ colorScheme: 'light' })

  // Deleting a loop is undone from the toast; the loop and its log survive a restart.
  await page.getByRole('button', { name: 'Delete' }).click()
  await page.getByTestId('loop-undo-toast').getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByRole('heading', { name: /^amazon\.com/ })).toBeVisible()
  await app.restart()
  await openLoops(app.page)
  await app.page
    .getByRole('navigation', { name: 'Interview loops' })
    .getByRole('button', { name: /^Amazon/ })
    .click()
  await expect(app.page.getByTestId('round-1')).toContainText('They dug into the metrics')
})
