import { sentences, trimWords } from './text'

/** A sentence up to this many times the budget is kept whole when nothing shorter fits. */
const OVERRUN = 2
/** The first sentence chosen may run this much over the budget. */
const FIRST_PICK_SLACK = 1.3

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length

/**
 * Where a long sentence may be split into clauses that each read whole: ; : spaced dashes, and a
 * comma before a conjunction that starts a new clause (", but I needed…", ", and we shipped…").
 */
const CLAUSE_BREAK =
  /\s*;\s+|:\s+|\s+[—–-]{1,2}\s+|\s*\u2014\s*|,\s+(?=(?:and|but|so|yet|while|then|which)\s)/iu

/** The clauses of a sentence, each starting with a capital and ending like a sentence. */
export function clauses(sentence: string): string[] {
  const parts = sentence
    .split(CLAUSE_BREAK)
    .map((part) => part.trim())
    .filter((part) => wordCount(part) >= 4)
  if (parts.length <= 1) return [sentence]
  return parts.map((part) => {
    const capital = part.charAt(0).toUpperCase() + part.slice(1)
    return /[.!?…]["”’)\]]*$/u.test(capital) ? capital : `${capital.replace(/[,;:]+$/u, '')}.`
  })
}

/** A number, a first-person deed or a named outcome: what a person wants to say aloud. */
function informativeness(unit: string, position: number): number {
  let score = 1
  if (/\d/.test(unit)) score += 1.5
  if (/\b(?:I|we|my|our)\b/i.test(unit)) score += 0.5
  if (/\b(?:because|so that|which meant|instead|without)\b/i.test(unit)) score += 0.3
  // The first sentence usually sets the scene the others need.
  if (position === 0) score += 0.6
  // "And none of them churned" leans on the clause before it.
  if (/^(?:and|but|so|yet|while|then|which)\b/i.test(unit)) score -= 1.5
  return score
}

export interface ChooseOptions {
  /** Sentences already said elsewhere on the sheet (the hook), left out here. */
  skip?: readonly string[]
}

/**
 * The most informative whole sentences of `text` (or whole clauses of a long one) that fit `maxWords`,
 * in their original order: a line for the night before reads whole, never cut mid-sentence. Only when
 * no sentence nor clause comes near the budget is the shortest one cut, marked with "…".
 */
export function chooseSentences(text: string, maxWords: number, options: ChooseOptions = {}): string {
  const skip = new Set(options.skip ?? [])
  const units = sentences(text)
    .filter((sentence) => !skip.has(sentence))
    .flatMap((sentence, position) => {
      const whole = { text: sentence, position, part: 0, words: wordCount(sentence) }
      if (whole.words <= maxWords) return [whole]
      return clauses(sentence).map((clause, part) => ({
        text: clause,
        position,
        part,
        words: wordCount(clause),
      }))
    })
  if (units.length === 0) return ''
  const ranked = [...units].sort(
    (a, b) =>
      informativeness(b.text, b.position) - informativeness(a.text, a.position) ||
      a.position - b.position ||
      a.part - b.part,
  )
  const chosen: typeof units = []
  let left = maxWords
  for (const unit of ranked) {
    // The first pick may run a little over: one whole sentence beats a fragment.
    if (unit.words > (chosen.length === 0 ? left * FIRST_PICK_SLACK : left)) continue
    chosen.push(unit)
    left = Math.max(0, left - unit.words)
  }
  if (chosen.length === 0) {
    // Nothing fits: a whole sentence a little over budget reads better than a cut one (the printer
    // scales the page to fit); only a run-on far past it is cut.
    const shortest = [...units].sort((a, b) => a.words - b.words || a.position - b.position)[0]
    if (!shortest) return ''
    return shortest.words <= maxWords * OVERRUN ? shortest.text : trimWords(shortest.text, maxWords)
  }
  return chosen
    .sort((a, b) => a.position - b.position || a.part - b.part)
    .map((unit) => unit.text)
    .join(' ')
}
