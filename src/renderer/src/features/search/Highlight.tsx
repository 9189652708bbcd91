import { normalize } from '../../../../shared/text/tokenize'

/** Splits text into words and the gaps between them, keeping both. */
const WORD = /([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u

/** Shows text with the words search matched in <mark>. */
export function Highlight({ text, words }: { text: string; words: ReadonlySet<string> }) {
  if (words.size === 0) return <>{text}</>
  const parts = text.split(WORD)
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 && words.has(normalize(part)) ? <mark key={i}>{part}</mark> : part,
      )}
    </>
  )
}

/** The sentence of the story that best shows the match: the one with the most matched words. */
export function bestSnippet(texts: readonly string[], words: ReadonlySet<string>, max = 220): string {
  let best = ''
  let bestHits = 0
  for (const text of texts) {
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      const hits = sentence.split(WORD).filter((part, i) => i % 2 === 1 && words.has(normalize(part))).length
      if (hits > bestHits) {
        best = sentence
        bestHits = hits
      }
    }
  }
  if (!best) best = texts.find((t) => t.trim()) ?? ''
  return best.length > max ? `${best.slice(0, max - 1)}…` : best
}
