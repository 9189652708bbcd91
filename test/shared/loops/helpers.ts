import { LoopSchema, type Loop, type Round } from '../../../src/shared/loops/schema'
import { emptyStoryFields, type Story, type StoryFields } from '../../../src/shared/story/schema'

const NOW = '2026-12-01T09:00:00.000Z'

/** A story that fits staff level and shows exactly the competencies given. */
export function story(
  id: string,
  title: string,
  competencies: string[],
  extra: Partial<StoryFields> = {},
): Story {
  return {
    ...emptyStoryFields(title),
    situation: `${title}. The platform group and two partner teams depended on this work.`,
    action: 'I wrote the plan, ran the weekly review and unblocked the teams.',
    result: 'Shipped in twelve weeks; incidents fell by half.',
    competencies,
    reach: 'multi-team',
    teams: 3,
    people: 18,
    durationWeeks: 12,
    ...extra,
    id,
    createdAt: NOW,
    updatedAt: NOW,
  }
}

export function round(id: string, name: string, principles: string[], extra: Partial<Round> = {}): Round {
  return { id, name, at: null, focus: '', principles, notes: '', picks: [], log: null, ...extra }
}

export function loop(id: string, company: string, rounds: Round[], extra: Partial<Loop> = {}): Loop {
  return LoopSchema.parse({
    id,
    company,
    role: 'Staff engineer',
    level: 'staff',
    lens: 'core',
    rounds,
    createdAt: NOW,
    updatedAt: NOW,
    ...extra,
  })
}

export function pick(competency: string, storyId: string) {
  return { competency, storyId, title: '' }
}
