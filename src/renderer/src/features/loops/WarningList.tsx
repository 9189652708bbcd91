import type { LoopWarning } from '../../../../shared/loops/warnings'

export const KIND_LABELS: Record<LoopWarning['kind'], string> = {
  duplicate: 'Same story twice',
  'heavy-reliance': 'Leaning on one story',
  'told-before': 'Told to them before',
  'small-for-level': 'Small for the level',
  uncovered: 'No story yet',
}

/** The plan's warnings, each with the one click that fixes it. */
export function WarningList({
  warnings,
  onFix,
}: {
  warnings: readonly LoopWarning[]
  onFix(w: LoopWarning): void
}) {
  if (warnings.length === 0) {
    return (
      <p className="loops-ok" data-testid="loop-no-warnings">
        No warnings: every round has its own story, fitting the level.
      </p>
    )
  }
  return (
    <section className="loop-warnings" aria-labelledby="loop-warnings-heading">
      <h3 id="loop-warnings-heading">Warnings ({warnings.length})</h3>
      <ul>
        {warnings.map((warning, i) => (
          <li
            key={`${warning.kind}-${warning.storyId ?? ''}-${warning.roundIds.join()}-${i}`}
            className="loop-warning"
            data-kind={warning.kind}
          >
            <span className="loop-warning-kind">{KIND_LABELS[warning.kind]}</span>
            <span className="loop-warning-text">{warning.message}</span>
            <button type="button" onClick={() => onFix(warning)}>
              {warning.fixLabel}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
