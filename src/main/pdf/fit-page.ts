import type { Page } from 'playwright-core'
import { MARGIN_MM, PAPER_MM } from '../../shared/cheatsheet/sheet-css'
import type { PaperSize } from '../../shared/cheatsheet/schema'

const PX_PER_MM = 96 / 25.4
/** Fill at most this share of the printable height: rounding in print layout must not spill a line. */
const TARGET_SHARE = 0.975
/** Accept a fit from this share of the target up. */
const CLOSE_ENOUGH = 0.96
/** Never shrink or grow the sheet's type further than this. */
const ZOOM = { min: 0.5, max: 1.3 }
/** Bisection steps: the zoom is then within 1% of the best. */
const STEPS = 7

/** The sheet's HTML with its type scaled by `zoom` (inline style: the sheet runs no script). */
export function withZoom(html: string, zoom: number): string {
  const rule = `<style>@media print { .sv-sheet { zoom: ${zoom.toFixed(4)}; } }</style>`
  return html.includes('</head>') ? html.replace('</head>', `${rule}\n</head>`) : `${rule}${html}`
}

/**
 * Scales a one-page sheet until it fills one printed page: measured in the page itself, at the
 * printable width, so it holds whatever fonts this computer has. Returns the zoom used (1 when the
 * document is not a one-page sheet).
 */
export async function fitOnePage(page: Page, html: string, paper: PaperSize): Promise<number> {
  if (!/class="sv-sheet sv-one-page/.test(html)) return 1
  const size = PAPER_MM[paper]
  const width = Math.floor((size.width - 2 * MARGIN_MM) * PX_PER_MM)
  const target = (size.height - 2 * MARGIN_MM) * PX_PER_MM * TARGET_SHARE
  await page.setViewportSize({ width, height: Math.ceil(target) })
  const sheet = page.locator('.sv-sheet').first()
  let shown = 1
  /** The sheet's height at `zoom`, laid out afresh (wrapping changes with zoom, so height jumps). */
  const heightAt = async (zoom: number): Promise<number> => {
    if (zoom !== shown) await page.setContent(withZoom(html, zoom), { waitUntil: 'load' })
    shown = zoom
    return (await sheet.boundingBox())?.height ?? 0
  }
  const fits = (height: number) => height > 0 && height <= target
  const closeEnough = (height: number) => fits(height) && height >= target * CLOSE_ENOUGH
  // Bisection between a zoom that fits (lo) and one that does not (hi).
  let lo: number
  let hi: number
  const first = await heightAt(1)
  if (first <= 0 || closeEnough(first)) return 1
  if (fits(first)) {
    if (fits(await heightAt(ZOOM.max))) return ZOOM.max
    lo = 1
    hi = ZOOM.max
  } else {
    lo = ZOOM.min
    hi = 1
  }
  for (let step = 0; step < STEPS; step++) {
    const mid = (lo + hi) / 2
    const height = await heightAt(mid)
    if (fits(height)) lo = mid
    else hi = mid
    if (closeEnough(height)) break
  }
  if (shown !== lo) await heightAt(lo)
  return lo
}
