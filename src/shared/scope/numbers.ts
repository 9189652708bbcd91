/** Small numbers as people write them: "two", "a dozen", "half a dozen", "a couple of", "3", "1,200". */
const UNITS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  single: 1,
  two: 2,
  couple: 2,
  pair: 2,
  three: 3,
  few: 3,
  four: 4,
  five: 5,
  several: 4,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  dozen: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozens: 24,
  hundreds: 200,
  thousands: 2000,
  multiple: 3,
  many: 5,
  handful: 4,
}

/**
 * The regex source for a count: digits (with separators or decimals), or number words, including
 * "half a dozen", "a couple of", "twenty-five". Optional "a"/"about"/"over" are the caller's business.
 */
export const COUNT =
  '(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|half a dozen|half an?|an? (?:couple|pair|few|dozen|handful|hundred)(?: of)?|(?:' +
  Object.keys(UNITS)
    .filter((w) => w !== 'a' && w !== 'an')
    .join('|') +
  ')(?: ?(?:' +
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].join('|') +
  '))?(?: of)?|an?)'

export function parseCount(text: string): number | null {
  const t = text
    .trim()
    .replace(/ of$/, '')
    .replace(/,(?=\d{3})/g, '')
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t)
  if (t === 'half a dozen') return 6
  if (/^half an?$/.test(t)) return 0.5
  const words = t.replace(/^an? (?=\w)/, '').split(/[\s-]+/)
  let total = 0
  for (const word of words) {
    const value = UNITS[word]
    if (value === undefined) return null
    total += value
  }
  return total
}

/** "1.2m", "400k", "3 million", "2 billion" → a plain number. */
export function applyMagnitude(value: number, suffix: string | undefined): number {
  switch ((suffix ?? '').trim().toLowerCase()) {
    case 'k':
    case 'thousand':
      return value * 1_000
    case 'm':
    case 'mm':
    case 'mn':
    case 'million':
      return value * 1_000_000
    case 'b':
    case 'bn':
    case 'billion':
      return value * 1_000_000_000
    default:
      return value
  }
}
