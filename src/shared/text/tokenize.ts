/** Lowercases, strips accents and punctuation, keeps letters and digits of every script. */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}$%.]+/gu, ' ')
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
    .trim()
}

export function tokenize(text: string): string[] {
  const normalized = normalize(text)
  return normalized ? normalized.split(/\s+/) : []
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
