import { useMemo, useRef, useState } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { buildCoverage, competencyRows, strengthsByStory } from '../../../../shared/competencies/coverage'
import { competencyName } from '../../../../shared/competencies/framework'
import { availableLenses, CORE_LENS, findLens } from '../../../../shared/lenses/lens-view'
import type { Story } from '../../../../shared/story/schema'
import { useVault } from '../../state/vault-context'
import { buildMatrix, cellLabel, cellLevel, overusedNote, type MatrixModel } from './matrix-model'
import { useAssignFromMatrix } from './use-assign'
import './matrix.css'

const LENS_LABELS: Record<string, string> = { core: 'Core', amazon: 'Amazon', meta: 'Meta', google: 'Google' }
/** Above this many stories only the visible rows are rendered. */
const VIRTUALIZE_FROM = 150
const ROW_HEIGHT = 34
/** Longer lists of overused stories push the matrix off screen without saying more. */
const MAX_LISTED = 5

interface RowProps {
  story: Story
  model: MatrixModel
  onOpen(id: string): void
  /** Set in the core lens, where a column is one competency a click can assign. */
  onToggle?(story: Story, competencyId: string): void
}

function cellText(level: ReturnType<typeof cellLevel>, value: number): string {
  if (level === 'assigned') return '●'
  return level === 'none' ? '' : `${Math.round(value * 100)}`
}

function MatrixRow({ story, model, onOpen, onToggle }: RowProps) {
  return (
    <>
      <div className="matrix-story" role="rowheader">
        <button type="button" className="link-button" onClick={() => onOpen(story.id)} title={story.title}>
          {story.title}
        </button>
      </div>
      {model.columns.map((column) => {
        const strength = model.cell(story.id, column.id)
        const level = cellLevel(strength)
        const quotes = model.quotes(story.id, column.id)
        const said = quotes.length > 0 ? ` — “${quotes.join('”, “')}”` : ''
        const label = `${story.title} — ${column.name}: ${cellLabel(strength)}`
        const text = cellText(level, strength?.value ?? 0)
        if (!onToggle) {
          return (
            <div
              key={column.id}
              role="gridcell"
              className={`matrix-cell cell-${level}`}
              aria-label={`${label}${said}`}
              title={`${column.name}: ${cellLabel(strength)}${said}`}
            >
              {text}
            </div>
          )
        }
        const assigned = story.competencies.includes(column.id)
        return (
          <div key={column.id} role="gridcell" className="matrix-slot">
            <button
              type="button"
              className={`matrix-cell cell-${level}`}
              aria-label={label}
              aria-pressed={assigned}
              title={`${column.name}: ${cellLabel(strength)} — click to ${assigned ? 'unassign' : 'assign'}`}
              onClick={() => onToggle(story, column.id)}
            >
              {text}
            </button>
          </div>
        )
      })}
    </>
  )
}

/** Stories × competencies (or a company's items), with gaps and overused stories called out. */
export function MatrixView() {
  const { stories, openStory } = useVault()
  const assign = useAssignFromMatrix()
  const lenses = useMemo(() => availableLenses(), [])
  const [lensId, setLensId] = useState('core')
  const lens = findLens(lensId)
  const strengths = useMemo(() => strengthsByStory(stories), [stories])
  const model = useMemo(() => buildMatrix(stories, lens, strengths), [stories, lens, strengths])
  // Overuse is judged on the app's own competencies: a company item maps to several, which would inflate it.
  const overused = useMemo(
    () => buildCoverage(stories, competencyRows(), strengths).overused,
    [stories, strengths],
  )
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtual = stories.length >= VIRTUALIZE_FROM
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is the documented way to window long lists.
  const virtualizer = useVirtualizer({
    count: virtual ? stories.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  })
  const gridColumns = `minmax(150px, 5fr) repeat(${model.columns.length}, minmax(34px, 1fr))`
  const { coverage } = model
  const onToggle =
    lens.id === CORE_LENS ? (story: Story, id: string) => void assign.toggle(story, id) : undefined

  return (
    <section className="matrix-view" aria-labelledby="matrix-heading">
      <header className="matrix-header">
        <h2 id="matrix-heading">Competency matrix</h2>
        <div className="lens-switcher" role="radiogroup" aria-label="Lens">
          {lenses.map((l) => (
            <button
              key={l.id}
              type="button"
              role="radio"
              aria-checked={l.id === lens.id}
              className={l.id === lens.id ? 'active' : ''}
              onClick={() => setLensId(l.id)}
              title={l.name}
            >
              {LENS_LABELS[l.id] ?? l.name}
            </button>
          ))}
        </div>
      </header>

      <div className="matrix-summary" data-testid="coverage-summary">
        <p>
          {model.covered} of {model.columns.length} {lens.id === 'core' ? 'competencies' : `${lens.name}`}{' '}
          have a strong story{stories.length === 0 ? ' — add stories to see your coverage.' : '.'}
        </p>
        {coverage.gaps.length > 0 && (
          <ul className="matrix-gaps" aria-label="Gaps">
            {coverage.gaps.map((gap) => (
              <li key={gap.id}>
                No strong story for <strong>{gap.name}</strong>
                {gap.cells[0] ? ` (closest: “${gap.cells[0].title}”)` : ''}
              </li>
            ))}
          </ul>
        )}
        {overused.length > 0 && (
          <ul className="matrix-overused" aria-label="Overused stories">
            {overused.slice(0, MAX_LISTED).map((o) => (
              <li key={o.storyId}>{overusedNote(o, (id) => competencyName(id))}</li>
            ))}
          </ul>
        )}
        <p className="matrix-legend" aria-hidden="true">
          <span className="matrix-cell cell-assigned">●</span> assigned{' '}
          <span className="matrix-cell cell-strong">70</span> suggested (confidence %){' '}
          <span className="matrix-cell cell-weak">30</span> weak hint
          {lens.id === CORE_LENS
            ? ' · click a cell to assign or unassign'
            : ' · a principle counts only where the story says something it is about'}
        </p>
      </div>

      <div
        className="matrix-scroll"
        ref={scrollRef}
        role="grid"
        aria-label={`Stories by ${lens.name}`}
        aria-rowcount={stories.length + 1}
      >
        <div className="matrix-row matrix-head" role="row" style={{ gridTemplateColumns: gridColumns }}>
          <div role="columnheader" className="matrix-story">
            Story
          </div>
          {model.columns.map((column) => (
            <div
              key={column.id}
              role="columnheader"
              className="matrix-colhead"
              title={`${column.name}: ${column.summary}`}
            >
              <span className="matrix-colname">{column.name}</span>
            </div>
          ))}
        </div>
        {virtual ? (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const story = stories[item.index]
              if (!story) return null
              return (
                <div
                  key={story.id}
                  role="row"
                  className="matrix-row"
                  style={{
                    gridTemplateColumns: gridColumns,
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    transform: `translateY(${item.start}px)`,
                    height: ROW_HEIGHT,
                  }}
                >
                  <MatrixRow story={story} model={model} onOpen={openStory} onToggle={onToggle} />
                </div>
              )
            })}
          </div>
        ) : (
          stories.map((story) => (
            <div
              key={story.id}
              role="row"
              className="matrix-row"
              style={{ gridTemplateColumns: gridColumns }}
            >
              <MatrixRow story={story} model={model} onOpen={openStory} onToggle={onToggle} />
            </div>
          ))
        )}
        <div className="matrix-row matrix-foot" role="row" style={{ gridTemplateColumns: gridColumns }}>
          <div role="rowheader" className="matrix-story">
            Strong stories
          </div>
          {coverage.rows.map((row) => (
            <div
              key={row.id}
              role="gridcell"
              className={row.strongCount === 0 ? 'matrix-count gap' : 'matrix-count'}
            >
              {row.strongCount}
            </div>
          ))}
        </div>
      </div>
      <div className="toast-region" role="status" aria-live="polite">
        {assign.last && (
          <div className="toast" data-testid="matrix-undo-toast">
            <span>{assign.last.message}</span>
            <button type="button" className="link-button" onClick={() => void assign.undo()}>
              Undo
            </button>
            <button type="button" className="icon-button" aria-label="Dismiss" onClick={assign.dismiss}>
              ×
            </button>
          </div>
        )}
      </div>
    </section>
  )
}
