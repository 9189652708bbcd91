/**
 * Size limits for what a person types. They are generous for real stories (a 3-minute answer is about
 * 450 words) and stop a stray 10 MB paste from freezing the editor, the search index or the vault file.
 */
export const LIMITS = {
  title: 200,
  shortText: 200,
  longText: 20_000,
  listItems: 50,
  listItem: 500,
  tag: 60,
  stories: 50_000,
  importBytes: 20 * 1024 * 1024,
} as const

export function limitMessage(field: string, max: number): string {
  return `${field} is limited to ${max.toLocaleString('en-US')} characters. Shorten it or split it into another story.`
}
