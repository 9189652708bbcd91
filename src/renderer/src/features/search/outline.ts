import type { StoryFields } from '../../../../shared/story/schema'

/** A STAR outline to paste into notes: the title, then each non-empty part on its own line. */
export function starOutline(story: StoryFields): string {
  const parts: Array<[string, string]> = [
    ['Situation', story.situation],
    ['Task', story.task],
    ['Action', story.action],
    ['Result', story.result],
    ['Learnings', story.learnings],
  ]
  const lines = [story.title]
  for (const [label, text] of parts) if (text.trim()) lines.push(`${label}: ${text.trim()}`)
  if (story.metrics.length) lines.push(`Metrics: ${story.metrics.join('; ')}`)
  return lines.join('\n')
}
