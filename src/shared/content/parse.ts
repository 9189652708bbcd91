import type { z } from 'zod'
import { formatIssues } from '../story/format-issues'

/**
 * Validates a bundled content file once, at import. Content ships with the app, so a bad file is a
 * build-time bug: fail loudly, naming the file and every broken field.
 */
export function parseContent<S extends z.ZodType>(schema: S, data: unknown, file: string): z.infer<S> {
  const parsed = schema.safeParse(data)
  if (parsed.success) return parsed.data
  const issues = formatIssues(parsed.error).join('; ')
  throw new Error(`content/${file} is invalid: ${issues}`)
}

/** Lists every value that appears more than once, so duplicate ids can be reported by name. */
export function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>()
  const repeated = new Set<string>()
  for (const value of values) {
    if (seen.has(value)) repeated.add(value)
    seen.add(value)
  }
  return [...repeated]
}
