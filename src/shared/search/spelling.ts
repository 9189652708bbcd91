import Fuse from 'fuse.js'

/** Words shorter than this are never corrected: too many real words are one letter apart. */
const MIN_WORD_LENGTH = 5

/** Edits allowed for a word of this length: one for short words, two from eight letters on. */
export function allowedEdits(length: number): number {
  return length >= 8 ? 2 : 1
}

/** Optimal-string-alignment distance (Damerau-Levenshtein with adjacent swaps), capped at max + 1. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let prevPrev: number[] = []
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (prevPrev[j - 2] as number) + 1)
      }
      row.push(value)
      rowMin = Math.min(rowMin, value)
    }
    if (rowMin > max) return max + 1
    prevPrev = prev
    prev = row
  }
  return prev[b.length] as number
}

/**
 * Corrects misspelt words against a list of known words ("stakholder" → "stakeholder").
 * fuse.js finds candidates; the edit distance decides. Words are bucketed by first letter and fuse
 * indexes are built per bucket on first use, so a correction looks at a few hundred words, not all.
 */
export class SpellingCorrector {
  private readonly buckets = new Map<string, string[]>()
  private readonly fuses = new Map<string, Fuse<string>>()
  private readonly memo = new Map<string, string>()

  constructor(
    private readonly known: ReadonlySet<string>,
    /** A word that needs no correction (known to the vault or the vocabulary by its key). */
    private readonly isFine: (word: string) => boolean,
  ) {
    for (const word of known) {
      if (word.length < MIN_WORD_LENGTH - 1 || /\d/.test(word)) continue
      const first = word[0] as string
      let bucket = this.buckets.get(first)
      if (!bucket) this.buckets.set(first, (bucket = []))
      bucket.push(word)
    }
  }

  correct(word: string): string {
    if (word.length < MIN_WORD_LENGTH || word.length > 32 || /\d/.test(word)) return word
    if (this.known.has(word) || this.isFine(word)) return word
    let fixed = this.memo.get(word)
    if (fixed === undefined) {
      fixed = this.search(word)
      if (this.memo.size > 5_000) this.memo.clear()
      this.memo.set(word, fixed)
    }
    return fixed
  }

  private fuseFor(first: string): Fuse<string> | undefined {
    const bucket = this.buckets.get(first)
    if (!bucket) return undefined
    let fuse = this.fuses.get(first)
    if (!fuse) {
      fuse = new Fuse(bucket, {
        includeScore: true,
        ignoreLocation: true,
        threshold: 0.4,
        minMatchCharLength: 3,
      })
      this.fuses.set(first, fuse)
    }
    return fuse
  }

  private search(word: string): string {
    const fuse = this.fuseFor(word[0] as string)
    if (!fuse) return word
    const max = allowedEdits(word.length)
    let best = word
    let bestDistance = max + 1
    for (const hit of fuse.search(word, { limit: 12 })) {
      const distance = editDistance(word, hit.item, max)
      // Ties go to the more common-looking, shorter word (fuse already ordered by similarity).
      if (distance < bestDistance) {
        best = hit.item
        bestDistance = distance
      }
    }
    return best
  }
}
