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
  question: 500,
  /** Questions linked to one story ("Questions this story answers"). */
  storyQuestions: 200,
  ownQuestions: 50_000,
  practiceCards: 100_000,
  practiceEntries: 500_000,
  /** Deleted stories kept in "Recently deleted". */
  trash: 5_000,
} as const

/** The whole-number fields and the values each accepts (the schema and the editor both check these). */
export const NUMBER_RANGES = {
  year: { min: 1950, max: 2100 },
  people: { min: 0, max: 10_000_000 },
  teams: { min: 0, max: 100_000 },
  durationWeeks: { min: 0, max: 5_200 },
} as const
export type NumberField = keyof typeof NUMBER_RANGES

/**
 * Above these a number is allowed but probably a slip (an extra zero), so the editor asks
 * "Is that right?" without refusing it.
 */
export const PLAUSIBLE_MAX: Readonly<Partial<Record<NumberField, number>>> = {
  people: 5_000,
  teams: 300,
  durationWeeks: 260,
}

/** A number as a person reads it in that field: years without separators ("1950"), counts with ("1,200"). */
export function formatFieldNumber(field: NumberField, value: number): string {
  return field === 'year' ? String(value) : value.toLocaleString('en-US')
}

/** "Year must be a whole number from 1950 to 2100." */
export function rangeMessage(label: string, field: NumberField): string {
  const { min, max } = NUMBER_RANGES[field]
  return `${label} must be a whole number from ${formatFieldNumber(field, min)} to ${formatFieldNumber(field, max)}.`
}

export function limitMessage(field: string, max: number): string {
  return `${field} is limited to ${max.toLocaleString('en-US')} characters. Shorten it or split it into another story.`
}
