import ranked from './english-word-ranks.json'

let ranks: Map<string, number> | undefined

/**
 * How common a word is in everyday spoken English: 1 for the most common, up to the list's length
 * (scripts/generate-word-ranks.mjs); undefined for rarer words, numbers and other scripts.
 */
export function everydayRank(word: string): number | undefined {
  ranks ??= new Map(ranked.words.split(' ').map((w, i) => [w, i + 1]))
  return ranks.get(word)
}
