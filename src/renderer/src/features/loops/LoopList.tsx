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

function LoopButton({
  loop,
  selected,
  now,
  onSelect,
}: {
  loop: Loop
  selected: boolean
  now: Date
  onSelect(): void
}) {
  const next = nextRound(loop, now)
  return (
    <li>
      <button
        type="button"
        className={selected ? 'loops-item loops-item-on' : 'loops-item'}
        aria-current={selected ? 'true' : undefined}
        onClick={onSelect}
      >
        <span className="loops-item-company">{loop.company}</span>
        {loop.role && <span className="loops-item-role">{loop.role}</span>}
        <span className="loops-item-next">
          {next ? `${next.name} ${describeCountdown(next.at, now)}` : 'No round to come'}
        </span>
      </button>
    </li>
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
      <ul>
        {open.map((loop) => (
          <LoopButton
            key={loop.id}
            loop={loop}
            now={now}
            selected={loop.id === selectedId}
            onSelect={() => onSelect(loop.id)}
          />
        ))}
      </ul>
      {archived.length > 0 && (
        <details className="loops-fold">
          <summary>Archived ({archived.length})</summary>
          <ul>
            {archived.map((loop) => (
              <LoopButton
                key={loop.id}
                loop={loop}
                now={now}
                selected={loop.id === selectedId}
                onSelect={() => onSelect(loop.id)}
              />
            ))}
          </ul>
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
