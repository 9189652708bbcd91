/**
 * Abbreviations whose full stop does not end a sentence ("e.g. the p99", "Dr. Lee", "approx. 40").
 * Titles count only capitalised, so "p99 fell to 120 ms." and "I said no." still end theirs.
 */
const ABBREVIATIONS =
  /(?:\b(?:[Ee]\.g|[Ii]\.e|etc|vs|[Aa]pprox|[Ii]ncl|Dept|Dr|Mr|Mrs|Ms|No|Fig|Est|Inc|Ltd|Jr|Sr|St)|\b[A-Z])\.$/

/** Splits prose into sentences on . ! ? followed by space; keeps decimals ("1.5") and abbreviations whole. */
export function sentences(text: string): string[] {
  const compact = text.replace(/\s+/g, ' ').trim()
  if (!compact) return []
  const parts: string[] = []
  let start = 0
  const boundary = /[.!?…]+["”’)\]]*\s+/g
  for (let match = boundary.exec(compact); match; match = boundary.exec(compact)) {
    const end = match.index + match[0].trimEnd().length
    const candidate = compact.slice(start, end)
    if (ABBREVIATIONS.test(candidate)) continue
    parts.push(candidate.trim())
    start = match.index + match[0].length
  }
  const rest = compact.slice(start).trim()
  if (rest) parts.push(rest)
  return parts.filter((part) => part.length > 0)
}

export function firstSentence(text: string): string {
  return sentences(text)[0] ?? ''
}

/** At most `maxWords` words; a cut sentence ends in "…" and loses any dangling punctuation. */
export function trimWords(text: string, maxWords: number): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean)
  if (words.length <= maxWords) return words.join(' ')
  return `${words
    .slice(0, maxWords)
    .join(' ')
    .replace(/[\s,;:—–-]+$/u, '')}…`
}

/** "We cut p99 from 900 ms to 120 ms": a sentence that carries a number worth saying aloud. */
const NUMBER_BEARING = /\d|\b(?:doubled|tripled|halved|quadrupled|zero)\b/i

export function numberBearingSentence(text: string): string | null {
  return sentences(text).find((sentence) => NUMBER_BEARING.test(sentence)) ?? null
}
