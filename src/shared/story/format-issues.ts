import type { z } from 'zod'

/** Turns schema issues into sentences a person can act on: "year: must be a whole number". */
export function formatIssues(error: z.ZodError, prefix = ''): string[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.')
    return path ? `${path}: ${issue.message}` : issue.message
  })
}
