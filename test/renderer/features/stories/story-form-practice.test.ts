import { describe, expect, it } from 'vitest'
import { formFromStory, validateForm } from '../../../../src/renderer/src/features/stories/story-form'
import { LIMITS } from '../../../../src/shared/story/limits'
import { makeStory } from '../../fake-bridge'

const story = makeStory({
  id: 's1',
  title: 'Cut the release train from weeks to days',
  shortVersion: 'Releases took three weeks; I split the pipeline and we now ship daily.',
  questions: ['Tell me about a time you sped up delivery.', 'What are you proudest of?'],
})

describe('story form: the practice fields', () => {
  it('keeps the 30-second version and the linked questions when the editor saves', () => {
    const form = { ...formFromStory(story), shortVersion: 'Three weeks to daily releases.' }
    const result = validateForm(form, story)
    expect(result.complete).toBe(true)
    expect(result.draft?.shortVersion).toBe('Three weeks to daily releases.')
    expect(result.draft?.questions).toEqual(story.questions)
  })

  it('reports a 30-second version over the field limit instead of saving it', () => {
    const form = { ...formFromStory(story), shortVersion: 'x'.repeat(LIMITS.longText + 1) }
    const result = validateForm(form, story)
    expect(result.complete).toBe(false)
    expect(result.errors.shortVersion).toMatch(/30-second version is limited/)
    // The rest still saves, with the 30-second version at its last saved value.
    expect(result.draft?.shortVersion).toBe(story.shortVersion)
  })
})
