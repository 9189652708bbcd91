import { competencyById } from '../content'
import { LEVEL_WORDS } from '../scope/wording'
import type { SheetContent, SheetEntry, StarBullet } from './build'
import type { SheetLayout } from './schema'
import { escapeHtml as e } from './escape'
import { sheetCss } from './sheet-css'
import { firstSentence, trimWords } from './text'

/** Nothing may load or run inside a sheet: it is printed, saved, and opened offline. */
const SHEET_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:"

export interface SheetMarkup {
  css: string
  /** The sheet element, ready to sit in any page that also carries `css`. */
  body: string
}

/** One printed line per bullet; the one-page layout says situation and task in a single line. */
function starLines(star: StarBullet[], layout: SheetLayout): string[] {
  const line = (b: StarBullet) => `<b>${b.label}</b><span>${e(b.text)}</span>`
  const situation = star.find((b) => b.label === 'S')
  const task = star.find((b) => b.label === 'T')
  if (layout !== 'one-page' || !situation || !task) return star.map(line)
  const merged = `<b>S</b><span>${e(situation.text)} <b>T</b> ${e(task.text)}</span>`
  return [merged, ...star.filter((b) => b !== situation && b !== task).map(line)]
}

function entryHtml(entry: SheetEntry, levelName: string, layout: SheetLayout): string {
  const lens = entry.lensNames.length ? `<span class="sv-lens">${e(entry.lensNames.join(' · '))}</span>` : ''
  const competency = `<span class="sv-competency">${e(entry.competencyName)}</span>`
  const story = entry.story
  if (!story) {
    const wants = competencyById(entry.competency)?.wants ?? ''
    return `<article class="sv-entry sv-missing" data-competency="${e(entry.competency)}">
<h2 class="sv-entry-head">${competency}<span class="sv-title">No story yet — write one</span>${lens}</h2>
<p class="sv-hook">No story in your vault shows this yet. Write one before the interview.</p>
${wants ? `<p class="sv-learning"><b>?</b><span>${e(trimWords(firstSentence(wants), 30))}</span></p>` : ''}
</article>`
  }
  const flags = [
    entry.smallForLevel ? `scope small for ${levelName}` : '',
    entry.reason === 'reused' ? 'also used above' : '',
    entry.reason === 'chosen' ? 'your pick' : '',
  ].filter(Boolean)
  const metric = story.metric ? ` <span class="sv-metric">▸ ${e(story.metric)}</span>` : ''
  const bullets = starLines(story.star, layout)
    .map((line) => `<li>${line}</li>`)
    .join('')
  return `<article class="sv-entry" data-competency="${e(entry.competency)}" data-story="${e(story.id)}">
<h2 class="sv-entry-head">${competency}<span class="sv-title">${e(story.title)}</span>${lens}${
    flags.length ? `<span class="sv-flag">${e(flags.join(' · '))}</span>` : ''
  }</h2>
<p class="sv-hook">${e(story.hook)}${metric}</p>
${bullets ? `<ul class="sv-star">${bullets}</ul>` : ''}
${story.learning ? `<p class="sv-learning"><b>L</b><span>${e(story.learning)}</span></p>` : ''}
${story.scope ? `<p class="sv-scope">${e(story.scope)}</p>` : ''}
</article>`
}

function prepHtml(content: SheetContent): string {
  const checklist = content.beforeTrouble.map((item) => `<li>${e(item)}</li>`).join('')
  const questions = content.questionsToAsk.map((q) => `<li>${e(q)}</li>`).join('')
  return `<section class="sv-prep">
<div><h2>Before trouble</h2><ul class="sv-checklist">${checklist}</ul></div>
${questions ? `<div><h2>Questions to ask</h2><ol>${questions}</ol></div>` : ''}
</section>`
}

/** The sheet's markup and styles, for the in-app preview and for the printable document. */
export function renderSheetMarkup(content: SheetContent): SheetMarkup {
  const levelName = LEVEL_WORDS[content.level]
  const filled = content.entries.filter((entry) => entry.story).length
  // Past eight areas the one-page layout drops the learning line so the sheet still fits one page.
  const compact = content.layout === 'one-page' && content.entries.length > 8 ? ' sv-compact' : ''
  const body = `<div class="sv-sheet sv-${content.layout} sv-${content.paper}${compact}">
<header class="sv-header"><h1>${e(content.heading)}</h1><p>${e(content.subheading)} · ${filled} of ${
    content.entries.length
  } areas covered</p></header>
${content.entries.map((entry) => entryHtml(entry, levelName, content.layout)).join('\n')}
${prepHtml(content)}
</div>`
  return { css: sheetCss(content.layout, content.paper), body }
}

/** A complete, self-contained HTML document: inline styles, no scripts, no outside resources. */
export function renderCheatSheetHtml(content: SheetContent): string {
  const { css, body } = renderSheetMarkup(content)
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${SHEET_CSP}">
<meta name="color-scheme" content="light only">
<title>${e(`Cheat sheet — ${content.heading}`)}</title>
<style>
html, body { margin: 0; padding: 0; background: #fff; color: #000; }
${css}
</style>
</head>
<body>
${body}
</body>
</html>
`
}
