import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/run'
import { buildSearchIndex, type SearchableStory } from '../../../src/shared/search/index'
import { searchStories } from '../../../src/shared/search/rank'
import { matchFit, strengthOf } from '../../../src/shared/search/strength'
import { StoryFieldsSchema } from '../../../src/shared/story/schema'
import { NO_FAILURE_STORIES } from '../../fixtures/no-failure-stories'

const story = (id: string, fields: Record<string, unknown>): SearchableStory => ({
  ...StoryFieldsSchema.parse(fields),
  id,
})

const stories = NO_FAILURE_STORIES.map(({ id, fields }) => story(id, fields))
const index = buildSearchIndex(stories)
const failed = 'Tell me about a time you failed'

describe('how strong a match is', () => {
  it('is weak when the first story only mentions the word, and says no story fits well', () => {
    const response = searchStories(index, failed, { level: 'senior' })
    expect(response.results[0]).toMatchObject({ id: 'holiday', strength: 'weak' })
    expect(response.message).toBe(
      'No story answers this well — closest: “Scaled checkout for the holiday peak”.',
    )
  })

  it('is strong when the story is about what the question asks', () => {
    const response = searchStories(index, 'Describe mentoring a junior engineer', { level: 'senior' })
    expect(response.results[0]).toMatchObject({ id: 'mentor', strength: 'strong' })
    expect(response.message).toBeUndefined()
  })

  it('weighs the competency more the surer the guess is', () => {
    const words = { coverage: 0.4, competency: 0 }
    expect(matchFit({ ...words, probeConfidence: 0.8 })).toBeLessThan(
      matchFit({ ...words, probeConfidence: 0 }),
    )
    expect(strengthOf(matchFit({ coverage: 0.9, competency: 1, probeConfidence: 0.6 }))).toBe('strong')
  })

  it('shows on the command line and in --json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sv-strength-'))
    const vault = join(dir, 'vault.json')
    const stamp = '2026-01-01T00:00:00.000Z'
    writeFileSync(
      vault,
      JSON.stringify({
        schemaVersion: 1,
        onboarded: true,
        stories: stories.map((s) => ({ ...s, createdAt: stamp, updatedAt: stamp })),
      }),
    )
    let out = ''
    const io = { stdout: (t: string) => (out += t), stderr: () => undefined, env: {}, cwd: dir }
    expect(await runCli(['search', failed, '--vault', vault], io)).toBe(0)
    expect(out).toContain('No story answers this well — closest: “Scaled checkout for the holiday peak”.')
    expect(out).toMatch(/1\. Scaled checkout for the holiday peak {2}\(holiday, weak match/)
    out = ''
    expect(await runCli(['search', failed, '--json', '--vault', vault], io)).toBe(0)
    const json = JSON.parse(out) as { results: Array<{ strength: string }>; message: string }
    expect(json.results[0]?.strength).toBe('weak')
    expect(json.message).toMatch(/^No story answers this well/)
  })
})
