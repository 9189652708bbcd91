import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** Screenshots land here for a person to look at; the assertions below are what the test checks. */
const SHOTS = process.env.STORY_VAULT_SHOTS ?? 'test-results/layout'

async function openDemo(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start with the demo vault' }).click()
  await expect(page.getByTestId('story-list').getByRole('option').first()).toBeVisible()
}

/** Every child of the header sits on one line: their boxes overlap vertically. */
async function headerLines(page: Page): Promise<number> {
  return page.locator('.app-header').evaluate((header) => {
    const tops = [...header.querySelectorAll('button, select, .app-title')]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 1 && r.height > 1)
      .map((r) => Math.round(r.top + r.height / 2))
    const lines: number[] = []
    for (const middle of tops) if (!lines.some((line) => Math.abs(line - middle) < 12)) lines.push(middle)
    return lines.length
  })
}

/** Header controls that stick out of the window (cut off, out of reach of the mouse). */
async function headerOverflow(page: Page): Promise<string[]> {
  return page
    .locator('.app-header')
    .evaluate((header) =>
      [...header.querySelectorAll('button, select')]
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
        .map((el) => el.getAttribute('aria-label') ?? el.textContent ?? ''),
    )
}

/** Words a column header broke in the middle of ("Owners|hip"): a word split over two line boxes. */
async function brokenWords(page: Page): Promise<string[]> {
  return page.locator('.matrix-colname').evaluateAll((names) => {
    const broken: string[] = []
    for (const name of names) {
      const text = name.firstChild
      if (!text || text.nodeType !== Node.TEXT_NODE) continue
      const value = text.textContent ?? ''
      for (const match of value.matchAll(/\S+/g)) {
        const range = document.createRange()
        range.setStart(text, match.index)
        range.setEnd(text, match.index + match[0].length)
        const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0)
        if (rects.length > 1) broken.push(match[0])
      }
    }
    return broken
  })
}

for (const size of [
  { width: 800, height: 600 },
  { width: 1280, height: 800 },
]) {
  test(`header, list and matrix work at ${size.width}×${size.height}`, async ({ app }) => {
    const { page } = app
    await page.setViewportSize(size)
    await openDemo(page)
    await page.getByTestId('story-list').getByRole('option').first().click()

    // With eight views and the due badge, 800 px takes a second header line; nothing may be cut off.
    expect(await headerLines(page)).toBe(size.width === 800 ? 2 : 1)
    expect(await headerOverflow(page)).toEqual([])
    await expect(page.locator('.level-select > span', { hasText: 'Target level' })).toBeVisible()
    const listWidth = (await page.locator('.list-pane').boundingBox())?.width ?? 0
    if (size.width === 800) expect(listWidth).toBeLessThan(300)
    else expect(listWidth).toBeGreaterThanOrEqual(360)
    await page.screenshot({ path: `${SHOTS}/stories-${size.width}.png` })

    await page.getByRole('button', { name: 'Matrix', exact: true }).click()
    await expect(page.getByRole('grid')).toBeVisible()
    expect(await brokenWords(page)).toEqual([])
    await page.screenshot({ path: `${SHOTS}/matrix-${size.width}.png` })
    await page.getByRole('radio', { name: 'Amazon' }).click()
    expect(await brokenWords(page)).toEqual([])
    await page.screenshot({ path: `${SHOTS}/matrix-amazon-${size.width}.png` })
  })
}

test('the story list resizes with the keyboard and remembers its width', async ({ app }) => {
  const { page } = app
  await page.setViewportSize({ width: 1280, height: 800 })
  await openDemo(page)
  const list = page.locator('.list-pane')
  const before = (await list.boundingBox())?.width ?? 0
  const handle = page.getByRole('separator', { name: 'Resize the story list' })
  await handle.focus()
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft')
  await expect.poll(async () => (await list.boundingBox())?.width ?? 0).toBeLessThan(before - 80)
  const narrowed = (await list.boundingBox())?.width ?? 0
  await page.reload()
  await expect(page.getByTestId('story-list').getByRole('option').first()).toBeVisible()
  expect(Math.abs(((await list.boundingBox())?.width ?? 0) - narrowed)).toBeLessThan(2)
  await handle.focus()
  await page.keyboard.press('Enter')
  await expect.poll(async () => (await list.boundingBox())?.width ?? 0).toBeCloseTo(before, 0)
})

test('suggestion rows line up: buttons beside the name, bars in one column', async ({ app }) => {
  const { page } = app
  await page.setViewportSize({ width: 800, height: 600 })
  await openDemo(page)
  await page.getByRole('button', { name: 'New story' }).click()
  await page
    .getByLabel('Action', { exact: true })
    .fill(
      'I met the partner team lead, explained the business impact and we agreed a shared goal. When their director stalled I escalated early to both VPs, and I mentored a junior engineer through the rollout plan.',
    )
  const rows = page.locator('.suggestion')
  await expect(rows.nth(1)).toBeVisible()
  const geometry = await rows.evaluateAll((items) =>
    items.map((row) => {
      const box = (selector: string) => row.querySelector(selector)!.getBoundingClientRect()
      return { name: box('.suggestion-name'), bar: box('.confidence'), add: box('.suggestion-actions') }
    }),
  )
  const bars = new Set(geometry.map((g) => Math.round(g.bar.left)))
  expect(bars.size).toBe(1)
  for (const g of geometry) expect(g.add.top).toBeLessThan(g.name.bottom)
  await page.locator('.suggestions').scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SHOTS}/suggestions-800.png` })
})

test('a long import mapping keeps Import and Cancel in view, and a broken CSV is explained', async ({
  app,
}) => {
  const { page } = app
  await page.setViewportSize({ width: 800, height: 600 })
  await page.getByRole('button', { name: 'Start empty' }).click()
  const headers = [
    'Title',
    'Situation',
    'Task',
    'Action',
    'Result',
    ...Array.from({ length: 16 }, (_, i) => `Extra ${i + 1}`),
  ]
  const csv = [
    headers.join(','),
    ...Array.from({ length: 6 }, (_, r) => headers.map((h) => `${h} ${r}`).join(',')),
  ].join('\n')
  await page.getByRole('button', { name: 'Import…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import stories' })
  await dialog
    .getByTestId('import-file-input')
    .setInputFiles({ name: 'wide.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
  await expect(dialog.getByText('CSV spreadsheet, 6 stories')).toBeVisible()
  const importButton = dialog.getByRole('button', { name: 'Import', exact: true })
  await expect(importButton).toBeInViewport({ ratio: 1 })
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeInViewport({ ratio: 1 })
  await page.screenshot({ path: `${SHOTS}/import-wide-800.png` })

  const broken =
    'Title,Action\nCut build time,Split the suite\n"Moved billing,Ran both\nPaired with a new hire,Weekly\n'
  await dialog
    .getByTestId('import-file-input')
    .setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) })
  const errors = dialog.getByTestId('import-errors')
  await expect(errors).toContainText('Row 3: a cell starts with a quote mark (") that never closes')
  await expect(errors).not.toContainText('unterminated')
  await expect(dialog.getByTestId('import-preview-table')).toHaveCount(0)
  await expect(dialog.getByTestId('import-summary')).toHaveText(
    'Nothing will be imported until the problems above are fixed.',
  )
  await page.screenshot({ path: `${SHOTS}/import-broken-800.png` })
})

test('a practice card keeps its ratings and Next in view after the story is shown, at 800×600', async ({
  app,
}) => {
  const { page } = app
  await page.setViewportSize({ width: 800, height: 600 })
  await page.getByRole('button', { name: 'Start with the demo vault' }).click()
  await page.getByRole('button', { name: 'Practice', exact: true }).click()
  await page.getByRole('radio', { name: 'One competency' }).check()
  await page.getByRole('button', { name: 'Start practice' }).click()
  await page.getByRole('button', { name: 'Show my 30-second version' }).click()
  for (const name of [/Again/, /Easy/, /Next question/]) {
    const box = await page.getByRole('button', { name }).boundingBox()
    expect(box, String(name)).not.toBeNull()
    expect(box!.y + box!.height, String(name)).toBeLessThanOrEqual(600)
  }
})
