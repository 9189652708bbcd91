import { describe, expect, it } from 'vitest'
import data from '../../content/demo-vault.json'
import { coreCompetencies } from '../../src/shared/content/competencies'
import { demoStories } from '../../src/shared/content/demo-vault'
import { StoryFieldsSchema } from '../../src/shared/story/schema'

const words = (text: string) => text.split(/\s+/).filter(Boolean).length
const starWords = (s: (typeof demoStories)[number]) =>
  words([s.situation, s.task, s.action, s.result].join(' '))

describe('content/demo-vault.json', () => {
  it('holds twelve stories that each pass the story schema as written', () => {
    expect(data.stories).toHaveLength(12)
    for (const raw of data.stories) expect(StoryFieldsSchema.safeParse(raw).success, raw.title).toBe(true)
    expect(demoStories).toHaveLength(12)
  })

  it('leaves ids and timestamps to the store', () => {
    for (const raw of data.stories) {
      expect(Object.keys(raw)).not.toContain('id')
      expect(Object.keys(raw)).not.toContain('createdAt')
    }
  })

  it.each(coreCompetencies.map((c) => [c.id] as const))('covers %s with at least two stories', (id) => {
    expect(demoStories.filter((s) => s.competencies.includes(id)).length).toBeGreaterThanOrEqual(2)
  })

  it('mixes scopes, including small individual stories and org-wide ones', () => {
    const reaches = new Set(demoStories.map((s) => s.reach))
    expect(reaches).toContain('individual')
    expect(reaches).toContain('team')
    expect(reaches).toContain('multi-team')
    expect(demoStories.some((s) => s.reach === 'org' || s.reach === 'company')).toBe(true)
  })

  it.each(demoStories.map((s) => [s.title, s] as const))('"%s" is a complete, measurable story', (_t, s) => {
    expect(starWords(s)).toBeGreaterThanOrEqual(200)
    expect(starWords(s)).toBeLessThanOrEqual(350)
    for (const part of [s.situation, s.task, s.action, s.result, s.learnings])
      expect(part.length).toBeGreaterThan(0)
    expect(s.action).toMatch(/\bI\b/)
    expect(s.metrics.length).toBeGreaterThan(0)
    expect(s.metrics.some((m) => /\d/.test(m))).toBe(true)
    expect(s.company).not.toBe('')
    expect(s.year).not.toBeNull()
    expect(s.reach).not.toBeNull()
  })

  it('gives every story a distinct title', () => {
    expect(new Set(demoStories.map((s) => s.title)).size).toBe(demoStories.length)
  })
})
