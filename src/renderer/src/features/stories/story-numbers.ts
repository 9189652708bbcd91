import {
  formatFieldNumber,
  NUMBER_RANGES,
  PLAUSIBLE_MAX,
  rangeMessage,
  type NumberField,
} from '../../../../shared/story/limits'
import { asCount, asWeeks, asYear } from '../../../../shared/transfer/coerce'

export type NumberReading =
  | {
      value: number | null
      /** How the text was read when it was not plain digits ("~40" → "Read as 40."). */
      note?: string
      /** Allowed, but probably a slip: "Is that right? 1,000,000 people". */
      check?: string
    }
  | { error: string }

const UNITS: Readonly<Record<Exclude<NumberField, 'year'>, string>> = {
  people: 'people',
  teams: 'teams',
  durationWeeks: 'weeks',
}

// Digits with optional thousands separators: shown back as typed, so no "read as" note is needed.
const PLAIN_NUMBER = /^\s*\d{1,3}(?:[,_ ]?\d{3})*\s*$|^\s*\d+\s*$/

/**
 * Reads a number field the way import reads files (src/shared/transfer/coerce.ts): "~40", "1,200",
 * "2k", "May 2023", "3 months" all mean what a person means by them. Then checks the range.
 */
export function readNumberField(field: NumberField, label: string, text: string): NumberReading {
  if (text.trim() === '') return { value: null }
  // Longer than any number anyone types: not worth parsing (a stray paste).
  if (text.length > 40) return { error: rangeMessage(label, field) }
  const coerced = field === 'year' ? asYear(text) : field === 'durationWeeks' ? asWeeks(text) : asCount(text)
  if ('error' in coerced || coerced.value === null) return { error: rangeMessage(label, field) }
  const value = coerced.value
  const { min, max } = NUMBER_RANGES[field]
  if (!Number.isInteger(value) || value < min || value > max) return { error: rangeMessage(label, field) }
  const reading: { value: number; note?: string; check?: string } = { value }
  if (!PLAIN_NUMBER.test(text)) {
    reading.note = `Read as ${formatFieldNumber(field, value)}${field === 'durationWeeks' ? ' weeks' : ''}.`
  }
  const plausible = PLAUSIBLE_MAX[field]
  if (field !== 'year' && plausible !== undefined && value > plausible) {
    reading.check = `Is that right? ${formatFieldNumber(field, value)} ${UNITS[field]}. It is saved; change it if it was a slip.`
  }
  return reading
}
