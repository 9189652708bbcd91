/*
 * Reversible escapes, so text survives a trip through a spreadsheet or a Markdown file unchanged.
 *
 * Spreadsheets run a cell that begins with = + - @, a tab or a carriage return as a formula (CSV
 * injection). Such a cell is exported with one leading single quote, which spreadsheets hide. A cell
 * that already begins with quotes followed by one of those characters gets one more quote, so the
 * importer can always remove exactly one and get the original back.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/
const NEUTRALISED = /^'+[=+\-@\t\r]/

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell
}

export function restoreFormula(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell
}

/*
 * In exported Markdown, a line of story text that begins with "#" would read back as a heading and a
 * line that begins with the bundle separator would split the story. Such lines (and lines that already
 * begin with backslashes before them) get one more backslash; import removes one. "\#" also renders
 * as a literal "#" in any Markdown viewer.
 */
export const BUNDLE_SEPARATOR = '<!-- story-vault:next-story -->'
const STRUCTURAL = /^\\*(#|<!-- story-vault)/
const ESCAPED_STRUCTURAL = /^\\+(#|<!-- story-vault)/

export function escapeMarkdownLines(text: string): string {
  return text
    .split('\n')
    .map((line) => (STRUCTURAL.test(line) ? `\\${line}` : line))
    .join('\n')
}

export function unescapeMarkdownLine(line: string): string {
  return ESCAPED_STRUCTURAL.test(line) ? line.slice(1) : line
}
