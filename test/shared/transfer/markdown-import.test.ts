import { describe, expect, it } from 'vitest'
import { splitFrontMatter } from '../../../src/shared/transfer/front-matter'
import { parseMarkdownStories, titleFromFileName } from '../../../src/shared/transfer/markdown-import'
import { fixture } from './fixtures'

describe('Markdown import', () => {
  it('reads an Obsidian note: front matter fields and STAR headings, sub-headings kept as text', () => {
    const outcome = parseMarkdownStories(fixture('obsidian-note.md').text, 'obsidian-note.md')
    expect(outcome.errors).toEqual([])
    expect(outcome.warnings).toEqual([])
    const [story] = outcome.stories
    expect(story).toMatchObject({
      title: 'Untangled the data-pipeline ownership mess',
      company: 'Fabrikam',
      role: 'Staff engineer',
      year: 2024,
      people: 40,
      teams: 5,
      durationWeeks: 13,
      reach: 'org',
      competencies: ['ownership', 'partnerships'],
      tags: ['ownership', 'data'],
      metrics: ['Broken nightly jobs from 11 a week to 1'],
      task: 'Get every job an owner and stop the nightly breakages.',
      learnings: 'Ownership has to be visible in the tooling, not just a wiki page.',
    })
    expect(story?.action).toBe(
      'I mapped every job to a team and wrote the proposal.\n\n### Details\n- Ran a two-hour workshop with the five leads.\n- Added an alert per job that pages its owner.',
    )
  })

  it('reads "S:" / "**Result:**" labels when a note has no headings', () => {
    const text =
      '# Paged at 3am\n\nS: The queue backed up.\n**Task:** Drain it.\n\n**Action**: Scaled consumers.\nR: Back to normal in 20 min.\n'
    const [story] = parseMarkdownStories(text, 'x.md').stories
    expect(story).toMatchObject({
      title: 'Paged at 3am',
      situation: 'The queue backed up.',
      task: 'Drain it.',
      action: 'Scaled consumers.',
      result: 'Back to normal in 20 min.',
    })
  })

  it('puts text without any headings into Situation and says so', () => {
    const outcome = parseMarkdownStories('Just some notes about the launch.\n', 'Launch retro.md')
    expect(outcome.stories).toMatchObject([
      { title: 'Launch retro', situation: 'Just some notes about the launch.' },
    ])
    expect(outcome.warnings[0]).toMatch(/put in Situation/)
  })

  it('takes the title from a Notion file name without its 32-hex suffix', () => {
    expect(titleFromFileName('stories/Moved billing 4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c.md')).toBe(
      'Moved billing',
    )
  })

  it('reads the metrics section as a list', () => {
    const [story] = parseMarkdownStories(
      '# T\n\n## Metrics\n- p99 from 800 to 200 ms\n* 3 teams onboarded\n',
      'x.md',
    ).stories
    expect(story?.metrics).toEqual(['p99 from 800 to 200 ms', '3 teams onboarded'])
  })

  it('reports invalid front matter instead of guessing', () => {
    const outcome = parseMarkdownStories('---\ntitle: [unclosed\n---\n# T\n', 'bad.md')
    expect(outcome.stories).toEqual([])
    expect(outcome.errors[0]).toMatchObject({ record: 'bad.md', field: 'front matter' })
  })
})

describe('front matter safety', () => {
  it('drops __proto__, constructor and prototype keys and pollutes nothing', () => {
    const { data } = splitFrontMatter(
      '---\n__proto__: {polluted: 1}\nconstructor: 2\nprototype: 3\ntitle: ok\n---\n',
    )
    expect(data && Object.keys(data)).toEqual(['title'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('never runs custom tags: they stay plain values', () => {
    const { data } = splitFrontMatter('---\ntitle: !!js/function "function () { return 1 }"\n---\n')
    expect(typeof data?.title).toBe('string')
  })

  it('stops alias bombs and oversized headers', () => {
    const bomb = ['---', 'a: &a [x, x, x, x, x, x, x, x, x]']
    for (let i = 0; i < 12; i++)
      bomb.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`,
      )
    bomb.push('---', '')
    expect(splitFrontMatter(bomb.join('\n')).error).toBeTruthy()
    expect(splitFrontMatter(`---\nx: "${'a'.repeat(70_000)}"\n---\n`).error).toMatch(/too large/)
  })
})

describe('questions and the 30-second version in front matter', () => {
  it('reads `questions:` as a list and `shortVersion:` as text', () => {
    const note = [
      '---',
      'title: Calmed an outage',
      'shortVersion: Paged at 2am, rolled back, wrote the postmortem.',
      'questions:',
      '  - Tell me about an incident you handled',
      '  - "Describe a time things broke: what did you do?"',
      '---',
      '## Situation',
      'The checkout went down.',
    ].join('\n')
    const outcome = parseMarkdownStories(note, 'outage.md')
    expect(outcome.errors).toEqual([])
    expect(outcome.stories[0]).toMatchObject({
      shortVersion: 'Paged at 2am, rolled back, wrote the postmortem.',
      questions: ['Tell me about an incident you handled', 'Describe a time things broke: what did you do?'],
    })
  })
})
