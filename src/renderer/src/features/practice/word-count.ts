/** The short version should fit in about thirty seconds of speech. */
export const SHORT_VERSION_WORDS = 80

/** Words as a person counts them: "don't", "1,200" and "re-org" are one word each. */
export function wordCount(text: string): number {
  const words = text.trim().match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu)
  return words ? words.length : 0
}
