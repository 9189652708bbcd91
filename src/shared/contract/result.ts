/** Errors cross the process boundary as data, never as thrown exceptions (after Signal Desktop). */
export type ErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'too-large'
  | 'read-only'
  | 'conflict'
  | 'needs-confirmation'
  | 'unavailable'
  | 'io'
  | 'internal'

export interface AppError {
  code: ErrorCode
  /** One sentence for a person, not a developer. */
  message: string
  /** Per-field or per-record lines, when there are several problems. */
  details?: string[]
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function fail<T = never>(code: ErrorCode, message: string, details?: string[]): Result<T> {
  return { ok: false, error: details?.length ? { code, message, details } : { code, message } }
}

/** Thrown inside handlers to return a specific error; the dispatcher turns it into a failed Result. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: string[],
  ) {
    super(message)
  }
}
