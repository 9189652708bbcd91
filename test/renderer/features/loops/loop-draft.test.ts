import { describe, expect, it } from 'vitest'
import {
  applyFix,
  draftOf,
  formOf,
  newLoopForm,
  roundTimeFromInput,
  withPick,
} from '../../../../src/renderer/src/features/loops/loop-draft'
import { LoopDraftSchema, LoopSchema } from '../../../../src/shared/loops/schema'

const NOW = '2026-12-01T09:00:00.000Z'
const loop = LoopSchema.parse({
  id: 'l1',
  company: 'Acme',
  createdAt: NOW,
  updatedAt: NOW,
  rounds: [
    {
      id: 'r1',
      name: 'One',
      principles: ['ownership'],
      picks: [{ competency: 'ownership', storyId: 'old' }],
    },
  ],
})

describe('loop drafts', () => {
  it('a new loop form is valid once it has a company', () => {
    const form = newLoopForm('principal')
    expect(LoopDraftSchema.safeParse(draftOf(form)).success).toBe(false)
    expect(LoopDraftSchema.parse(draftOf({ ...form, company: 'Acme' })).level).toBe('principal')
  })

  it('edits keep picks and logs, and an emptied date becomes no date', () => {
    const form = formOf(loop)
    const draft = draftOf({ ...form, rounds: form.rounds.map((r) => ({ ...r, at: '' })) })
    expect(draft.rounds?.[0]).toMatchObject({ at: null, picks: [{ storyId: 'old' }] })
  })

  it('a swap fix replaces the pick for that competency only; other fixes leave the loop alone', () => {
    const fixed = applyFix(loop, {
      kind: 'swap',
      roundId: 'r1',
      competency: 'ownership',
      storyId: 'new',
      title: 'New',
    })
    expect(fixed?.rounds?.[0]?.picks).toEqual([{ competency: 'ownership', storyId: 'new', title: '' }])
    expect(applyFix(loop, { kind: 'open-story', storyId: 'x' })).toBeNull()
    expect(withPick(loop, 'r1', 'ownership', null).rounds?.[0]?.picks).toEqual([])
  })

  it('reads the date input', () => {
    expect(roundTimeFromInput('2026-12-10T14:00')).toBe('2026-12-10T14:00')
    expect(roundTimeFromInput('2026-12-10T14:00:30')).toBe('2026-12-10T14:00')
    expect(roundTimeFromInput('')).toBeNull()
  })
})
