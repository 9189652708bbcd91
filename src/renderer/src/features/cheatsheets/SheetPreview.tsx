import { useLayoutEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { PAPER_MM } from '../../../../shared/cheatsheet/sheet-css'
import type { SheetMarkup } from '../../../../shared/cheatsheet/render-html'
import type { PaperSize } from '../../../../shared/cheatsheet/schema'

const PX_PER_MM = 96 / 25.4

/** Shrinks the page to the pane's width (never enlarges it), so the whole width of the sheet is seen. */
function useFitZoom(paper: PaperSize) {
  const ref = useRef<HTMLDivElement>(null)
  const [zoom, setZoom] = useState(1)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element || typeof ResizeObserver === 'undefined') return
    const pageWidth = PAPER_MM[paper].width * PX_PER_MM
    const fit = () => setZoom(Math.min(1, Math.max(0.3, element.clientWidth / pageWidth)))
    fit()
    const observer = new ResizeObserver(fit)
    observer.observe(element)
    return () => observer.disconnect()
  }, [paper])
  return { ref, zoom }
}

/**
 * The sheet exactly as it prints. The app's CSP blocks frames, so the markup (escaped by the sheet
 * builder) sits in a container whose styles are all scoped to .sv-sheet. A second copy, portalled to
 * <body>, is the only thing print media shows.
 */
export function SheetPreview({ markup, paper }: { markup: SheetMarkup; paper: PaperSize }) {
  const { ref, zoom } = useFitZoom(paper)
  return (
    <>
      <style>{markup.css}</style>
      <div ref={ref} className="sheet-preview-fit">
        <div
          className="sheet-preview"
          data-testid="sheet-preview"
          aria-label="Cheat sheet preview"
          role="document"
          style={{ zoom }}
          dangerouslySetInnerHTML={{ __html: markup.body }}
        />
      </div>
      {createPortal(
        <div
          className="sheet-print-root"
          aria-hidden="true"
          dangerouslySetInnerHTML={{ __html: markup.body }}
        />,
        document.body,
      )}
    </>
  )
}
