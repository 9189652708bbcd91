import type { StoryFields } from '../story/schema'

/** Words per minute of a calm interview answer. */
export const SPEAKING_WPM = 150
/** Past three minutes an interviewer starts to drift; under 45 seconds there is rarely a real story. */
export const LONG_MINUTES = 3
export const THIN_MINUTES = 0.75

const SPOKEN_FIELDS = ['situation', 'task', 'action', 'result', 'learnings'] as const

export function spokenWords(story: Partial<StoryFields>): number {
  let words = 0
  for (const field of SPOKEN_FIELDS) {
    const text = story[field] ?? ''
    words += (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).length
  }
  return words
}

export function speakingMinutes(story: Partial<StoryFields>): number {
  return Math.round((spokenWords(story) / SPEAKING_WPM) * 10) / 10
}

/**
 * Whether the result can be measured: a number with a unit or a change ("40%", "$1.2M", "3x",
 * "from 3 hours to 20 minutes", "2.1 → 0.4", "halved"), in the result, the metrics or the title.
 */
const MEASURABLE = [
  /\d\s*%/,
  /\d+(?:\.\d+)?\s*x\b/i,
  /[$€£]\s*\d/,
  /\d\s*(?:k|m|bn|million|billion|thousand)\b/i,
  /(?:→|->|=>)/,
  /\bfrom\s+\S*\d[^.]{0,40}?\bto\s+\S*\d/i,
  /\b\d+(?:[.,]\d+)?\s*(?:ms|milliseconds?|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|points?|pts|users|customers|tickets|incidents|requests|rps|qps|engineers|teams)\b/i,
  /\b(?:doubled|tripled|halved|quadrupled|zero (?:incidents|downtime|defects|outages))\b/i,
  /\bp(?:50|90|95|99)\b/i,
]

export function hasMetric(story: Partial<StoryFields>): boolean {
  if ((story.metrics ?? []).some((m) => m.trim().length > 0)) return true
  const text = [story.result ?? '', story.title ?? ''].join(' \n ')
  return MEASURABLE.some((pattern) => pattern.test(text))
}

export interface Voice {
  i: number
  we: number
}

/** First person singular vs plural in the story's telling (not the learnings, which are naturally "I"). */
export function voice(story: Partial<StoryFields>): Voice {
  const text = [story.situation, story.task, story.action, story.result].join(' ')
  const i = (text.match(/\b(?:i|i['’](?:m|ve|d|ll)|me|my|myself|mine)\b/gi) ?? []).length
  const we = (text.match(/\b(?:we|we['’](?:re|ve|d|ll)|us|our|ours|ourselves)\b/gi) ?? []).length
  return { i, we }
}

/** "We" dominates when it outnumbers "I" and is used often enough to matter. */
export function weDominates(v: Voice): boolean {
  return v.we >= 3 && v.we > v.i * 1.5
}
