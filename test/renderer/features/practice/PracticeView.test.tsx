// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Clock } from '../../../../src/renderer/src/features/practice/answer-timer'
import { PracticeView } from '../../../../src/renderer/src/features/practice/PracticeView'
import { VaultProvider } from '../../../../src/renderer/src/state/vault-context'
import { makeStory } from '../../fake-bridge'
import { PracticeBridge } from './practice-bridge'

afterEach(cleanup)

const story = makeStory({
  id: 'flaky',
  title: 'Fixed the flaky test suite',
  shortVersion: 'Our CI failed one run in five; I found the shared fixture and fixed it in a week.',
  metrics: ['CI failures 20% → 1%'],
  competencies: ['ownership'],
})

const QUESTIONS = ['Tell me about a time you fixed something nobody owned.', 'When did you miss a deadline?']

/** A clock the test moves by hand. */
function manualClock(): Clock & { advance(ms: number): void } {
  let now = 1_000_000
  return { now: () => now, advance: (ms) => (now += ms) }
}

async function startSession(bridge: PracticeBridge, clock: Clock) {
  bridge.deck = {
    targetSeconds: 120,
    cards: QUESTIONS.map((question) => ({
      question,
      competencies: ['ownership'],
      story: { id: 'flaky', title: story.title, shortVersion: story.shortVersion },
      storySource: 'linked' as const,
      due: null,
    })),
  }
  render(
    <VaultProvider bridge={bridge}>
      <PracticeView clock={clock} />
    </VaultProvider>,
  )
  fireEvent.click(await screen.findByRole('radio', { name: 'My questions only' }))
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Start practice' }))
  })
  return screen.findByRole('article', { name: QUESTIONS[0] })
}

const key = (k: string, target: Element = document.body) =>
  act(async () => {
    fireEvent.keyDown(target, { key: k })
  })

describe('practice session', () => {
  it('runs a card with the keyboard: Space times, 1–4 rates, Enter records and moves on', async () => {
    const bridge = PracticeBridge.create([story])
    const clock = manualClock()
    const card = await startSession(bridge, clock)

    await key(' ')
    clock.advance(95_000)
    await key(' ')
    const timer = within(card).getByRole('progressbar', { name: 'Time used of the target' })
    expect(timer.getAttribute('aria-valuetext')).toBe('1 minute 35 seconds of 2 minutes')
    expect(card.textContent).toContain('Stopped in Action')
    expect(card.textContent).not.toContain('Now: Action')
    // Stopping the timer shows the story to compare with.
    const reveal = within(card).getByRole('region', { name: 'Your story, to compare' })
    expect(reveal.textContent).toContain('shared fixture')
    expect(reveal.textContent).toContain('CI failures 20% → 1%')

    await key('3')
    expect(within(card).getByRole('button', { name: /Good/ }).getAttribute('aria-pressed')).toBe('true')
    await key('2')
    expect(within(card).getByRole('button', { name: /Hard/ }).getAttribute('aria-pressed')).toBe('true')
    await key('Enter')

    expect(bridge.callsOf('practice:rate')).toEqual([
      [{ question: QUESTIONS[0], storyId: 'flaky', rating: 'hard', seconds: 95 }],
    ])
    expect(await screen.findByRole('article', { name: QUESTIONS[1] })).toBeTruthy()
  })

  it('types digits and spaces into the note, and Enter there records the note', async () => {
    const bridge = PracticeBridge.create([story])
    const card = await startSession(bridge, manualClock())
    await key('4')
    const note = within(card).getByLabelText('Note for next time (optional)')
    note.focus()
    await key('1', note)
    await key(' ', note)
    expect(within(card).getByRole('button', { name: /Easy/ }).getAttribute('aria-pressed')).toBe('true')
    fireEvent.change(note, { target: { value: 'forgot the metric' } })
    await key('Enter', note)
    expect(bridge.callsOf('practice:rate')[0]?.[0]).toMatchObject({
      rating: 'easy',
      note: 'forgot the metric',
    })
  })

  it('asks for a rating before Enter moves on, and Esc ends with a summary of what was rated', async () => {
    const bridge = PracticeBridge.create([story])
    const clock = manualClock()
    const card = await startSession(bridge, clock)
    await key('Enter')
    expect(within(card).getByRole('alert').textContent).toContain('Rate this answer first')
    expect(bridge.callsOf('practice:rate')).toHaveLength(0)

    await key(' ')
    clock.advance(150_000)
    await key(' ')
    await key('1')
    await key('Escape')

    const summary = await screen.findByRole('region', { name: /Session done: 1 answer/ })
    // The card that had focus is gone: focus (and the scroll) start at the summary's heading.
    expect(document.activeElement).toBe(within(summary).getByRole('heading', { level: 2 }))
    expect(summary.textContent).toContain('1 over time')
    expect(within(summary).getByRole('list', { name: 'Ratings' }).textContent).toContain('1 Again')
    expect(summary.textContent).toContain('1 of 1 answer rated Again')
    expect(bridge.callsOf('practice:summary')).toEqual([[{ entryIds: ['entry-1'], targetSeconds: 120 }]])
  })

  it('shows a quiet over-time cue once the answer runs past the target', async () => {
    const bridge = PracticeBridge.create([story])
    const clock = manualClock()
    const card = await startSession(bridge, clock)
    await key(' ')
    clock.advance(121_000)
    await key(' ')
    // Stopped, it says where it stopped rather than urging to wrap up.
    expect(card.textContent).toContain('Stopped 0:01 over the target')
    expect(card.textContent).not.toContain('wrap up')
    expect(within(card).getByRole('status').textContent).toBe('Over the target time.')
  })
})
