import { StorySchema, type Story, type StoryFields } from '../../../src/shared/story/schema'

const NOW = '2026-01-01T00:00:00.000Z'

/** A valid story with only what a test cares about set. */
export function story(id: string, fields: Partial<StoryFields> = {}): Story {
  return StorySchema.parse({
    title: `Story ${id}`,
    situation: 'The team had a problem.',
    task: 'I had to fix it.',
    action: 'I fixed it with help.',
    result: 'It was fixed.',
    ...fields,
    id,
    createdAt: NOW,
    updatedAt: NOW,
  })
}
