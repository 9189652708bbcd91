import type { Story } from '../story/schema'
import { BUNDLE_SEPARATOR, escapeMarkdownLines } from './escape'
import { renderFrontMatter } from './front-matter'
import type { TextFile } from './types'

const SECTIONS = [
  ['Situation', 'situation'],
  ['Task', 'task'],
  ['Action', 'action'],
  ['Result', 'result'],
  ['Learnings', 'learnings'],
] as const

/** One story as a note: short fields in YAML front matter, the STAR text under headings. */
export function storyToMarkdown(story: Story): string {
  const front = renderFrontMatter({
    title: story.title,
    id: story.id,
    createdAt: story.createdAt,
    company: story.company,
    role: story.role,
    year: story.year,
    people: story.people,
    teams: story.teams,
    durationWeeks: story.durationWeeks,
    reach: story.reach,
    competencies: story.competencies,
    rejectedCompetencies: story.rejectedCompetencies,
    tags: story.tags,
    metrics: story.metrics,
    // Omitted when empty, so notes without them stay as they were.
    ...(story.shortVersion ? { shortVersion: story.shortVersion } : {}),
    ...(story.questions.length ? { questions: story.questions } : {}),
  })
  const heading = story.title.replace(/\s+/g, ' ').trim()
  const sections = SECTIONS.map(([label, field]) => {
    const text = escapeMarkdownLines(story[field].replace(/\r\n?/g, '\n'))
    return text.trim() ? `## ${label}\n\n${text}\n` : `## ${label}\n`
  })
  return `${front}\n# ${heading}\n\n${sections.join('\n')}`
}

const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i

/** A file name any OS accepts: letters, digits, spaces, - and _, at most 80 characters. */
export function safeFileStem(title: string): string {
  const stem = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} _-]+/gu, '-')
    .replace(/\s+/g, ' ')
    .replace(/-{2,}/g, '-')
    .replace(/^[\s.-]+|[\s.-]+$/g, '')
    .slice(0, 80)
    .trim()
  if (!stem) return 'story'
  return RESERVED.test(stem) ? `${stem}-story` : stem
}

/** One .md file per story, names unique regardless of letter case. */
export function exportMarkdownFiles(stories: readonly Story[]): TextFile[] {
  const used = new Set<string>()
  return stories.map((story) => {
    const stem = safeFileStem(story.title)
    let name = `${stem}.md`
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${stem} (${n}).md`
    used.add(name.toLowerCase())
    return { name, text: storyToMarkdown(story) }
  })
}

/** Every story in one Markdown file, separated by a line the importer splits on. */
export function exportMarkdownBundle(stories: readonly Story[]): string {
  return stories.map(storyToMarkdown).join(`\n${BUNDLE_SEPARATOR}\n\n`)
}
