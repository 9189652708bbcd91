/** Lowercase, accents and apostrophes gone: "Don’t Café" → "dont cafe". */
function fold(text: string): string {
  // Decomposing accents is the slow step; plain ASCII text (most stories) has none to decompose.
  const folded = /[\u0080-\uffff]/.test(text) ? text.normalize('NFKD').replace(/\p{M}+/gu, '') : text
  return folded.toLowerCase().replace(/[’'`]/g, '')
}

/** Lowercases, strips accents and punctuation, keeps letters and digits of every script. */
export function normalize(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}$%.]+/gu, ' ')
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
    .trim()
}

/** A word: letters, digits, "$" and "%", and dots only between digits ("1.2"). */
const WORD = /(?:[\p{L}\p{N}$%]|(?<=\d)\.(?=\d))+/gu

/** The words of normalize(text), found in one pass (index builds spend much of their time here). */
export function tokenize(text: string): string[] {
  return fold(text).match(WORD) ?? []
}

const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by can could did do does doing for from had has have having he her his how i if ' +
    'in into is it its just me my of on or our out she so some than that the their them then there these they this ' +
    'those to too us was we were what when where which while who whom why will with would you your yours about ' +
    'after again all also am any because before being between both during each few further here more most no nor ' +
    'not now only other over own same should such through under until up very once off'
  ).split(' '),
)

export function isStopWord(token: string): boolean {
  return STOP_WORDS.has(token)
}

/**
 * Stop words that change a verb's meaning ("ramp up", "say no", "sign off", "on call"): search keeps
 * them inside vocabulary phrases, which would otherwise shrink to one everyday word.
 */
const PARTICLES = new Set(['up', 'off', 'out', 'over', 'in', 'on', 'no', 'not'])

export function isParticle(token: string): boolean {
  return PARTICLES.has(token)
}

/** A light suffix stripper: enough that "migrated", "migrating" and "migration" meet at "migrat". */
export function stem(token: string): string {
  if (token.length <= 4 || /\d/.test(token)) return token
  const rules: Array<[RegExp, string]> = [
    [/ies$/, 'y'],
    [/(ss)es$/, '$1'],
    [/([^s])s$/, '$1'],
    [/ational$/, 'ate'],
    [/ization$/, 'ize'],
    [/(at|ut|et|it)ions?$/, '$1'],
    [/ments?$/, ''],
    [/ness$/, ''],
    [/ings?$/, ''],
    [/edly$/, ''],
    [/ed$/, ''],
    [/ly$/, ''],
    [/ers?$/, ''],
    [/(at|iz|ut)e$/, '$1'],
  ]
  for (const [pattern, replacement] of rules) {
    if (pattern.test(token)) {
      const stemmed = token.replace(pattern, replacement)
      if (stemmed.length >= 3) return stemmed
    }
  }
  return token
}

/** Content words of a text, stemmed: what matching compares. */
export function contentTerms(text: string): string[] {
  return tokenize(text)
    .filter((t) => !isStopWord(t))
    .map(stem)
}

const KEY_CACHE_LIMIT = 200_000
const keyCache = new Map<string, string>()

const VOWEL = /[aeiouy]/

/** Drops a suffix when what remains is a plausible word: long enough and with a vowel. */
function strip(word: string, suffix: string, minRest: number): string | null {
  if (!word.endsWith(suffix)) return null
  const rest = word.slice(0, -suffix.length)
  return rest.length >= minRest && VOWEL.test(rest) ? rest : null
}

/** "stopp" → "stop", "runn" → "run", but "pass" and "fill" keep their doubles. */
function undouble(word: string): string {
  return /([^aeiouslz])\1$/.test(word) ? word.slice(0, -1) : word
}

/** "used" → "use", "using" → "use", "aged" → "age": a two-letter stem lost its final "e". */
function shortVerb(word: string): string | null {
  const rest = word.endsWith('ing') ? word.slice(0, -3) : word.endsWith('ed') ? word.slice(0, -2) : null
  return rest?.length === 2 && /^[aeiou][^aeiouy]$/.test(rest) ? `${rest}e` : null
}

/**
 * A light English stemmer for search (stronger than stem(): it takes plural and verb endings off in
 * turn), so "speeds"/"speed", "stopped"/"stopping"/"stops" and "migrations"/"migrated" meet.
 */
function searchStem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word
  let w = word
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`
  else if (w.endsWith('sses')) w = w.slice(0, -2)
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w) && w.length > 3) w = w.slice(0, -1)
  const verb =
    // "speed" and "need" are words of their own; "agreed" and "proceed" are not.
    (w.endsWith('eed') ? (w.length <= 5 ? w : w.slice(0, -1)) : null) ??
    strip(w, 'ing', 3) ??
    (w.endsWith('ied') && w.length > 4 ? `${w.slice(0, -3)}y` : null) ??
    strip(w, 'ed', 3) ??
    shortVerb(w)
  if (verb !== null && verb !== w) w = verb === w.slice(0, -1) ? verb : undouble(verb)
  const derived =
    strip(w, 'isation', 3) ??
    strip(w, 'ization', 3) ??
    (strip(w, 'ation', 3) === null ? null : `${w.slice(0, -5)}at`) ??
    (strip(w, 'ition', 3) === null ? null : `${w.slice(0, -5)}it`) ??
    strip(w, 'ity', 4) ??
    strip(w, 'ous', 4) ??
    strip(w, 'ment', 5) ??
    strip(w, 'ness', 3) ??
    strip(w, 'ly', 4) ??
    strip(w, 'er', 4)
  if (derived !== null) w = derived
  // From four letters, so that "hire"/"hired"/"hiring" and "page"/"paged" meet.
  while (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1)
  if (w.length > 4 && /(is|iz)$/.test(w)) w = w.slice(0, -2)
  return w
}

/**
 * The matching key of one normalized word for search: "disagree"/"disagreed", "migrate"/"migration",
 * "prioritize"/"prioritization" meet. Memoized because the same few thousand words repeat.
 */
export function termKey(token: string): string {
  let key = keyCache.get(token)
  if (key === undefined) {
    key = searchStem(token)
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear()
    keyCache.set(token, key)
  }
  return key
}
