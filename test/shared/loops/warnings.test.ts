import { describe, expect, it } from 'vitest'
import { planLoop, type PlanContext } from '../../../src/shared/loops/plan'
import { loopWarnings } from '../../../src/shared/loops/warnings'
import type { Loop } from '../../../src/shared/loops/schema'
import { loop, pick, round, story } from './helpers'

const stories = [
  story('own-1', 'Took over the flaky deploy pipeline', ['ownership']),
  story('own-2', 'Owned the on-call rotation rebuild', ['ownership']),
  story('con-1', 'Settled the schema dispute with the data team', ['conflict']),
  story('con-2', 'Disagreed with my director about the launch date', ['conflict']),
  story('fail-1', 'Shipped a migration that lost a day of events', ['failure']),
  story('fail-2', 'Missed the capacity forecast for the sale', ['failure']),
]

function context(loops: Loop[], extra: Partial<PlanContext> = {}): PlanContext {
  return { stories, loops, ownQuestions: [], ...extra }
}

function warningsOf(target: Loop, loops: Loop[] = [target], extra: Partial<PlanContext> = {}) {
  return loopWarnings(planLoop(target, context(loops, extra)))
}

const threeRounds = () => [
  round('r1', 'Hiring manager', ['ownership', 'conflict']),
  round('r2', 'Bar raiser', ['failure', 'ownership']),
  round('r3', 'Peer', ['conflict', 'failure']),
]

describe('loop warnings', () => {
  it('finds nothing to warn about in a plan that spreads fitting stories over the rounds', () => {
    const target = loop('l1', 'Acme', threeRounds())
    const plan = planLoop(target, context([target]))
    expect(loopWarnings(plan)).toEqual([])
    const planned = plan.rounds.flatMap((r) => r.slots.map((s) => s.story?.id))
    expect(new Set(planned).size).toBe(6)
  })

  it('warns when one story is planned in two rounds and offers an unused story instead', () => {
    const rounds = threeRounds()
    rounds[0] = { ...rounds[0]!, picks: [pick('ownership', 'own-1')] }
    rounds[1] = { ...rounds[1]!, picks: [pick('ownership', 'own-1')] }
    const warnings = warningsOf(loop('l1', 'Acme', rounds))
    expect(warnings.map((w) => w.kind)).toEqual(['duplicate'])
    const [warning] = warnings
    expect(warning?.roundIds).toEqual(['r1', 'r2'])
    expect(warning?.message).toContain('Took over the flaky deploy pipeline')
    expect(warning?.fix).toEqual({
      kind: 'swap',
      roundId: 'r2',
      competency: 'ownership',
      storyId: 'own-2',
      title: 'Owned the on-call rotation rebuild',
    })
  })

  it('warns when two rounds lean on one story for most of what they ask', () => {
    const rounds = [
      round('r1', 'Hiring manager', ['ownership', 'conflict'], {
        picks: [pick('ownership', 'own-1'), pick('conflict', 'own-1')],
      }),
      round('r2', 'Bar raiser', ['ownership', 'failure'], {
        picks: [pick('ownership', 'own-1'), pick('failure', 'own-1')],
      }),
    ]
    const warnings = warningsOf(loop('l1', 'Acme', rounds))
    expect(warnings.map((w) => w.kind)).toEqual(['heavy-reliance'])
    expect(warnings[0]?.roundIds).toEqual(['r1', 'r2'])
    expect(warnings[0]?.fix).toMatchObject({ kind: 'swap', roundId: 'r2' })
  })

  it('warns about a story already told to the same company in an earlier loop, however the name was typed', () => {
    const earlier = loop('old', 'Amazon.com, Inc.', [
      round('o1', 'Phone screen', ['conflict'], {
        log: {
          at: '2025-03-02T10:00:00.000Z',
          entries: [
            {
              question: 'Tell me about a disagreement with a partner team.',
              storyId: 'con-1',
              storyTitle: 'Settled the schema dispute with the data team',
              rating: 'good',
              note: '',
            },
          ],
        },
      }),
    ])
    const target = loop('new', 'AWS', [
      round('n1', 'Bar raiser', ['conflict'], { picks: [pick('conflict', 'con-1')] }),
    ])
    const warnings = warningsOf(target, [earlier, target])
    expect(warnings.map((w) => w.kind)).toEqual(['told-before'])
    expect(warnings[0]?.message).toContain('Amazon.com, Inc.')
    expect(warnings[0]?.fix).toMatchObject({ kind: 'swap', roundId: 'n1', storyId: 'con-2' })
    // Without the pick, planning itself avoids the story told before.
    const unpinned = loop('new', 'aws', [round('n1', 'Bar raiser', ['conflict'])])
    const plan = planLoop(unpinned, context([earlier, unpinned]))
    expect(plan.rounds[0]?.slots[0]?.story?.id).toBe('con-2')
    expect(loopWarnings(plan)).toEqual([])
  })

  it('does not count a deleted loop or another company', () => {
    const log = {
      at: '2025-03-02T10:00:00.000Z',
      entries: [
        { question: 'A conflict?', storyId: 'con-1', storyTitle: 'x', rating: 'good' as const, note: '' },
      ],
    }
    const gone = loop('gone', 'Acme', [round('g1', 'Screen', ['conflict'], { log })], {
      deletedAt: '2025-04-01T00:00:00.000Z',
    })
    const other = loop('other', 'Globex', [round('x1', 'Screen', ['conflict'], { log })])
    const target = loop('new', 'Acme', [
      round('n1', 'Peer', ['conflict'], { picks: [pick('conflict', 'con-1')] }),
    ])
    expect(warningsOf(target, [gone, other, target])).toEqual([])
  })

  it('warns about a story small for the loop level and swaps in one that fits', () => {
    const small = story('own-small', 'Fixed a flaky test on my own', ['ownership'], {
      reach: 'individual',
      teams: 1,
      people: 1,
      durationWeeks: 1,
    })
    const target = loop('l1', 'Acme', [
      round('r1', 'Hiring manager', ['ownership'], { picks: [pick('ownership', 'own-small')] }),
    ])
    const warnings = warningsOf(target, [target], { stories: [...stories, small] })
    expect(warnings.map((w) => w.kind)).toEqual(['small-for-level'])
    expect(warnings[0]?.message).toContain('Staff level')
    expect(warnings[0]?.fix).toMatchObject({ kind: 'swap', competency: 'ownership' })
    expect(['own-1', 'own-2']).toContain((warnings[0]?.fix as { storyId: string }).storyId)
  })

  it('offers to open a small story when nothing bigger shows the competency', () => {
    const small = story('only', 'Mentored one intern', ['leadership'], {
      reach: 'individual',
      teams: 1,
      people: 2,
    })
    const target = loop('l1', 'Acme', [round('r1', 'Manager', ['leadership'])])
    const warnings = warningsOf(target, [target], { stories: [small] })
    expect(warnings.map((w) => w.kind)).toEqual(['small-for-level'])
    expect(warnings[0]?.fix).toEqual({ kind: 'open-story', storyId: 'only' })
  })

  it('warns about a competency of the focus that no story shows, with a one-click new story', () => {
    const target = loop('l1', 'Acme', [
      round('r1', 'Bar raiser', [], { focus: 'Customer focus and ownership' }),
    ])
    const warnings = warningsOf(target)
    expect(warnings.map((w) => w.kind)).toEqual(['uncovered'])
    expect(warnings[0]?.message).toContain('Customer focus')
    expect(warnings[0]?.fix).toEqual({
      kind: 'new-story',
      competency: 'customer',
      competencyName: 'Customer focus',
    })
  })

  it('keeps a plan naming a deleted story readable, by its title, without warnings', () => {
    const target = loop('l1', 'Acme', [
      round('r1', 'Peer', ['conflict'], {
        picks: [{ competency: 'conflict', storyId: 'gone', title: 'Old title' }],
      }),
    ])
    const plan = planLoop(
      target,
      context([target], { deletedTitles: new Map([['gone', 'The launch we rolled back']]) }),
    )
    expect(plan.rounds[0]?.slots[0]?.story).toMatchObject({
      id: 'gone',
      deleted: true,
      title: 'The launch we rolled back',
    })
    expect(loopWarnings(plan)).toEqual([])
    const noTrash = planLoop(target, context([target]))
    expect(noTrash.rounds[0]?.slots[0]?.story?.title).toBe('Old title')
  })
})
