import { parseDocument, stringify } from 'yaml'

/** Front matter holds short fields; anything bigger is not a note's header and is refused. */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

export interface FrontMatter {
  /** null when the text has no front matter. */
  data: Record<string, unknown> | null
  body: string
  error?: string
}

/** Plain values only; maps become objects without a prototype, minus keys that could pollute one. */
function toPlain(value: unknown): unknown {
  if (value instanceof Map) {
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>
    for (const [key, inner] of value) {
      const name = String(key)
      if (!UNSAFE_KEYS.has(name)) out[name] = toPlain(inner)
    }
    return out
  }
  if (Array.isArray(value)) return value.map(toPlain)
  return value
}

/**
 * Splits "---\nyaml\n---\nbody". The YAML is read with the core schema: no custom tags, nothing
 * executed, aliases capped (no "billion laughs").
 */
export function splitFrontMatter(text: string): FrontMatter {
  if (!/^---[ \t]*\n/.test(text)) return { data: null, body: text }
  const end = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text.slice(3))
  if (!end) return { data: null, body: text }
  const yamlText = text.slice(4, 3 + end.index + 1)
  const body = text.slice(3 + end.index + end[0].length)
  if (yamlText.length > MAX_FRONT_MATTER_CHARS) {
    return { data: null, body, error: 'The front matter is too large (over 64 KB).' }
  }
  const doc = parseDocument(yamlText, {
    schema: 'core',
    logLevel: 'silent',
    uniqueKeys: true,
  })
  if (doc.errors.length > 0) {
    return {
      data: null,
      body,
      error: `The front matter is not valid YAML: ${doc.errors[0]?.message.split('\n')[0]}`,
    }
  }
  let value: unknown
  try {
    value = toPlain(doc.toJS({ mapAsMap: true, maxAliasCount: 50 }))
  } catch (error) {
    return { data: null, body, error: `The front matter could not be read: ${(error as Error).message}` }
  }
  if (value === null || value === undefined)
    return { data: Object.create(null) as Record<string, unknown>, body }
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { data: null, body, error: 'The front matter must be a list of "key: value" lines.' }
  }
  return { data: value as Record<string, unknown>, body }
}

export function renderFrontMatter(data: Record<string, unknown>): string {
  return `---\n${stringify(data, { lineWidth: 0, blockQuote: false })}---\n`
}
