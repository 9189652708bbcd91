/**
 * Text from a vault or an imported file can hold characters a terminal obeys rather than shows: ESC
 * starts control sequences (colours, cursor moves, window titles), NUL and other C0/C1 controls
 * garble the line, and bidirectional overrides (U+202E…) make text read differently than it is
 * stored. Everything the CLI prints passes through terminalSafe(), which shows each such character
 * as a `\uXXXX` escape. Tab and newline are kept.
 *
 * The escape is the JSON escape on purpose: `--json` output stays valid JSON and parses back to the
 * exact stored data (JSON.stringify already escapes C0 controls but not bidi or C1 characters; those
 * only ever occur inside JSON strings, where `\uXXXX` means the same character).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this module's job
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g

export function escapeChar(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
}

/** The text with every control and bidi-control character (except tab and newline) shown as `\uXXXX`. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, escapeChar)
}
