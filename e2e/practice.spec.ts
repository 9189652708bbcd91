import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const FIRST = 'Tell me about a time a flaky test suite slowed your whole team down.'
const SECOND = 'When did you push back on a deadline, and what happened?'
const OWN_QUESTIONS = [FIRST, SECOND] as const
const BANK_QUESTION = 'How do you handle ambiguity?'

/** The demo vault, on Playwright's clock so the answer timer can be moved on without waiting. */
async function startOnDemo(page: Page) {
  await page.clock.install()
  await page.reload()
  await page.getByRole('button', { name: 'Start with the demo vault' }).click()
  await expect(page.getByRole('button', { name: 'Questions', exact: true })).toBeVisible()
}

async function addOwnQuestions(page: Page, questions: readonly string[]) {
  await page.getByRole('button', { name: 'Questions', exact: true }).click()
  await page.getByRole('button', { name: 'Add questions' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add your own questions' })
  await dialog.getByRole('textbox').fill(questions.map((q, i) => `${i + 1}. ${q}`).join('\n'))
  await dialog.getByRole('button', { name: 'Next: check competencies' }).click()
  await expect(dialog.getByRole('list', { name: 'Questions to add' }).getByRole('listitem')).toHaveCount(
    questions.length,
  )
  await dialog.getByRole('button', { name: `Add ${questions.length} questions` }).click()
  await expect(dialog).toBeHidden()
}

/** One card with the keyboard only: start the timer, speak for `seconds`, stop, rate, next. */
async function answerCard(page: Page, seconds: number, ratingKey: string) {
  await page.keyboard.press('Space')
  await page.clock.fastForward(seconds * 1000)
  await page.keyboard.press('Space')
  await expect(page.getByRole('region', { name: 'Your story, to compare' })).toBeVisible()
  await page.keyboard.press(ratingKey)
  await page.keyboard.press('Enter')
}

test('own questions, a linked story, a three-card keyboard session, and the due count', async ({ app }) => {
  test.setTimeout(120_000)
  const { page } = app
  await startOnDemo(page)
  await addOwnQuestions(page, OWN_QUESTIONS)

  // My story for this question: search's best three are offered with reasons; choose the first.
  const list = page.getByRole('listbox', { name: 'Questions' })
  await list.getByRole('option', { name: FIRST }).click()
  const detail = page.getByRole('region', { name: FIRST })
  const choice = detail.getByRole('group', { name: 'Which story would you tell?' })
  await expect(choice.getByRole('radio')).toHaveCount(3)
  const best = choice.getByRole('radio').first()
  const bestTitle = ((await choice.locator('.story-choice-title').first().textContent()) ?? '').replace(
    'Best match: ',
    '',
  )
  await best.check()
  await expect(detail.getByRole('button', { name: `Unlink ${bestTitle}` })).toBeVisible()
  await expect(list.getByRole('option', { name: FIRST })).toContainText(bestTitle)

  // Nothing is due before the first session.
  await expect(page.getByRole('button', { name: /due for practice/ })).toBeHidden()

  await page.getByRole('button', { name: 'Practice', exact: true }).click()
  await page.getByRole('radio', { name: 'A hand-picked list' }).check()
  await page.getByLabel('Questions, one per line').fill([...OWN_QUESTIONS, BANK_QUESTION].join('\n'))
  await page.getByRole('button', { name: 'Start practice' }).click()

  const card = page.getByRole('article', { name: FIRST })
  await expect(card).toContainText('Question 1 of 3')
  await expect(card).toContainText(`Your story: ${bestTitle}`)
  await page.keyboard.press('Space')
  await page.clock.fastForward(30_000)
  await expect(card.getByRole('progressbar', { name: 'Time used of the target' })).toHaveAttribute(
    'aria-valuetext',
    /^3\d seconds of 2 minutes$/,
  )
  await expect(card).toContainText('Now: Action')
  await page.clock.fastForward(60_000)
  await page.keyboard.press('Space')
  await page.keyboard.press('3')
  await expect(card.getByRole('button', { name: /Good/ })).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.press('Enter')

  // Second card runs over the target: the cue is quiet (text and colour), not a popup.
  await expect(page.getByRole('article', { name: SECOND })).toBeVisible()
  await page.keyboard.press('Space')
  await page.clock.fastForward(150_000)
  await expect(page.getByText(/Over by 0:3\d — wrap up/)).toBeVisible()
  await page.keyboard.press('Space')
  await page.keyboard.press('1')
  await page.keyboard.press('Enter')

  await expect(page.getByRole('article', { name: BANK_QUESTION })).toBeVisible()
  await answerCard(page, 60, '4')

  const summary = page.getByRole('region', { name: /Session done: 3 answers/ })
  await expect(summary).toBeVisible()
  await expect(summary.getByRole('list', { name: 'Ratings' })).toContainText('1 Again')
  await expect(summary.getByRole('list', { name: 'Ratings' })).toContainText('1 Good')
  await expect(summary.getByRole('list', { name: 'Ratings' })).toContainText('1 Easy')
  await expect(summary.getByRole('row').filter({ hasText: SECOND })).toContainText(/2:3\d \(over\)/)
  await expect(summary).toContainText('1 over time')

  // "Again" comes back within minutes, "Good" after ten: the header badge follows this computer's clock.
  const badge = page.getByRole('button', { name: /due for practice/ })
  await expect(badge).toHaveText('1 due')
  await page.clock.fastForward(11 * 60_000)
  await expect(badge).toHaveText('2 due')
  await badge.click()
  await expect(page.getByRole('radio', { name: /Due now/ })).toBeChecked()

  // The story editor lists the question the story was chosen for, and when it was rehearsed.
  await page.getByRole('button', { name: 'Stories', exact: true }).click()
  await page
    .getByRole('option', { name: new RegExp(bestTitle.slice(0, 30)) })
    .first()
    .click()
  const practice = page.getByRole('region', { name: 'Practice' })
  await expect(practice.getByRole('list', { name: 'Questions this story answers' })).toContainText(FIRST)
  await expect(practice).toContainText('Last rehearsed')

  // Search says why: the person chose this story for that question.
  await page.keyboard.press('Control+K')
  const palette = page.getByRole('dialog', { name: 'Search by interview question' })
  await palette.getByLabel('Interview question').fill(FIRST)
  const first = palette.getByRole('listbox', { name: 'Best stories' }).getByRole('option').first()
  await expect(first).toContainText(bestTitle)
  await expect(first).toContainText(`You chose this story for “${FIRST}”`)
})

test('removing an own question, and a question from a story, is undone with Ctrl+Z and the toast', async ({
  app,
}) => {
  const { page } = app
  await startOnDemo(page)
  await addOwnQuestions(page, OWN_QUESTIONS)
  const list = page.getByRole('listbox', { name: 'Questions' })
  await list.getByRole('option', { name: FIRST }).click()
  await page.getByRole('button', { name: 'Remove question' }).click()
  const toast = page.getByTestId('undo-toast')
  await expect(toast).toContainText('Removed the question “Tell me about a time a flaky test suite')
  await expect(list.getByRole('option', { name: FIRST })).toBeHidden()
  // The status line no longer says "Added 2 questions" next to a list that has one.
  await expect(page.getByRole('status').filter({ hasText: /questions$/ })).not.toContainText('Added')
  await page.keyboard.press('Control+z')
  await expect(list.getByRole('option', { name: FIRST })).toBeVisible()
  await expect(toast).toBeHidden()

  // A question taken off a story in the editor comes back in its place with the toast's Undo.
  await list.getByRole('option', { name: SECOND }).click()
  const choice = page.getByRole('group', { name: 'Which story would you tell?' })
  await choice.getByRole('radio').first().check()
  await list.getByRole('option', { name: FIRST }).click()
  await page.getByRole('group', { name: 'Which story would you tell?' }).getByRole('radio').first().check()
  await page.getByRole('region', { name: FIRST }).getByRole('button', { name: 'Open' }).first().click()
  const linked = page.getByRole('list', { name: 'Questions this story answers' })
  const before = await linked.getByRole('listitem').allTextContents()
  expect(before.length).toBeGreaterThan(0)
  await linked.getByRole('button', { name: `Remove “${FIRST}” from this story` }).click()
  await expect(page.getByRole('region', { name: 'Practice' })).not.toContainText(FIRST)
  await toast.getByRole('button', { name: 'Undo' }).click()
  await expect(
    page.getByRole('list', { name: 'Questions this story answers' }).getByRole('listitem'),
  ).toHaveText(before)
})
