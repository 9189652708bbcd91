import { byNextRound, describeCountdown, nextRound } from '../../../../shared/loops/countdown'
import type { Loop } from '../../../../shared/loops/schema'

interface LoopListProps {
  loops: readonly Loop[]
  selectedId: string | null
  now: Date
  onSelect(id: string): void
  onNew(): void
  onRestore(id: string): void
}

function LoopButtons({
  loops,
  selectedId,
  now,
  onSelect,
}: Pick<LoopListProps, 'selectedId' | 'now' | 'onSelect'> & { loops: readonly Loop[] }) {
  return (
    <ul>
      {loops.map((loop) => {
        const selected = loop.id === selectedId
        const next = nextRound(loop, now)
        return (
          <li key={loop.id}>
            <button
              type="button"
              className={selected ? 'loops-item loops-item-on' : 'loops-item'}
              aria-current={selected ? 'true' : undefined}
              onClick={() => onSelect(loop.id)}
            >
              <span className="loops-item-company">{loop.company}</span>
              {loop.role && <span className="loops-item-role">{loop.role}</span>}
              <span className="loops-item-next">
                {next ? `${next.name} ${describeCountdown(next.at, now)}` : 'No round to come'}
              </span>
            </button>
          </li>
        )
      })}
    </ul>
  )
}

/** Open loops, soonest round first; archived and deleted loops below, folded away. */
export function LoopList({ loops, selectedId, now, onSelect, onNew, onRestore }: LoopListProps) {
  const live = loops.filter((loop) => loop.deletedAt === null)
  const open = byNextRound(
    live.filter((loop) => !loop.archived),
    now,
  )
  const archived = live.filter((loop) => loop.archived)
  const deleted = loops.filter((loop) => loop.deletedAt !== null)
  return (
    <nav className="loops-list" aria-label="Interview loops">
      <div className="loops-list-head">
        <h2>Interview loops</h2>
        <button type="button" className="primary" onClick={onNew}>
          New loop
        </button>
      </div>
      {open.length === 0 && (
        <p className="loops-muted">
          No open loops. A loop is one company&apos;s interviews: add its rounds and plan a story for each.
        </p>
      )}
      <LoopButtons loops={open} selectedId={selectedId} now={now} onSelect={onSelect} />
      {archived.length > 0 && (
        <details className="loops-fold">
          <summary>Archived ({archived.length})</summary>
          <LoopButtons loops={archived} selectedId={selectedId} now={now} onSelect={onSelect} />
        </details>
      )}
      {deleted.length > 0 && (
        <details className="loops-fold">
          <summary>Deleted ({deleted.length})</summary>
          <ul>
            {deleted.map((loop) => (
              <li key={loop.id} className="loops-deleted">
                <span>{loop.company}</span>
                <button type="button" className="link-button" onClick={() => onRestore(loop.id)}>
                  Restore
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </nav>
  )
}
