import { NO_FAILURE_STORIES } from '../test/fixtures/no-failure-stories'
import { expect, test } from './fixtures'

const stamp = '2026-01-01T00:00:00.000Z'
const story = (id: string, fields: Record<string, unknown>) => ({
  id,
  createdAt: stamp,
  updatedAt: stamp,
  situation: '',
  task: '',
  action: '',
  result: '',
  learnings: '',
  tags: [],
  metrics: [],
  ...fields,
})

// Four stories, none a failure: the first only mentions "a failed Black Friday" in passing.
const vault = {
  schemaVersion: 1,
  onboarded: true,
  stories: NO_FAILURE_STORIES.map(({ id, fields }) => story(id, fields)),
}

test.describe('how strong each match is', () => {
  test.use({ seedVault: JSON.stringify(vault) })

  test('the palette says when no story answers well, and how strong each match is', async ({ app }) => {
    const { page } = app
    await expect(page.getByText('Scaled checkout for the holiday peak').first()).toBeVisible()
    await page.keyboard.press('Control+K')
    const dialog = page.getByRole('dialog', { name: 'Search by interview question' })
    const input = dialog.getByLabel('Interview question')
    await input.fill('Tell me about a time you failed')
    await expect(dialog).toContainText(
      'No story answers this well — closest: “Scaled checkout for the holiday peak”.',
    )
    const first = dialog.getByRole('listbox', { name: 'Best stories' }).getByRole('option').first()
    await expect(first).toContainText('weak match')
    await page.screenshot({ path: '/tmp/search-strength-weak.png' })

    await input.fill('Describe mentoring a junior engineer')
    await expect(first).toContainText('Mentored two juniors to mid-level')
    await expect(first).toContainText('strong match')
    await expect(dialog).not.toContainText('No story answers this well')
    await page.screenshot({ path: '/tmp/search-strength-strong.png' })
  })
})
