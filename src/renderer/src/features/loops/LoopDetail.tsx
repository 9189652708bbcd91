import { useState } from 'react'
import type { LoopsState } from '../../../../shared/contract/loops'
import { sameCompany } from '../../../../shared/loops/company'
import { loopLens } from '../../../../shared/loops/focus'
import type { LogRating, Loop } from '../../../../shared/loops/schema'
import type { LoopWarning } from '../../../../shared/loops/warnings'
import { LEVEL_WORDS } from '../../../../shared/scope/wording'
import type { Story } from '../../../../shared/story/schema'
import { applyFix, withPick } from './loop-draft'
import type { useLoops } from './use-loops'
import { useLoopPlan } from './use-loop-plan'
import { LogDialog } from './LogDialog'
import { PracticeDialog } from './PracticeDialog'
import { RoundCard } from './RoundCard'
import { RoundSheetDialog } from './RoundSheetDialog'
import { WarningList } from './WarningList'

type Dialog = { kind: 'sheet' | 'practice' | 'log'; roundId: string } | null

interface LoopDetailProps {
  loop: Loop
  state: LoopsState
  stories: readonly Story[]
  now: Date
  loops: ReturnType<typeof useLoops>
  onEdit(): void
  onDelete(): void
  onNewStory(competency: string, competencyName: string): void
  onOpenStory(id: string): void
}

/** One loop: its plan, the warnings with their fixes, and each round's day-of tools. */
export function LoopDetail({
  loop,
  state,
  stories,
  now,
  loops,
  onEdit,
  onDelete,
  onNewStory,
  onOpenStory,
}: LoopDetailProps) {
  const planned = useLoopPlan(loop, state, stories)
  const [dialog, setDialog] = useState<Dialog>(null)
  const [busy, setBusy] = useState(false)
  if (!planned) return null
  const { plan, warnings } = planned
  const others = state.loops.filter(
    (l) => l.id !== loop.id && l.deletedAt === null && sameCompany(l.company, loop.company),
  )

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true)
    try {
      await work()
    } finally {
      setBusy(false)
    }
  }
  const fix = (warning: LoopWarning) => {
    const { fix: action } = warning
    if (action.kind === 'swap')
      return void run(() => loops.update(loop.id, (current) => applyFix(current, action) ?? current))
    if (action.kind === 'new-story') onNewStory(action.competency, action.competencyName)
    if (action.kind === 'open-story') onOpenStory(action.storyId)
  }
  const dialogRound = dialog ? plan.rounds.find((r) => r.roundId === dialog.roundId) : undefined
  const dialogSource = dialog ? loop.rounds.find((r) => r.id === dialog.roundId) : undefined

  return (
    <article className="loop-detail" aria-labelledby="loop-heading">
      <header className="loop-detail-head">
        <div>
          <h2 id="loop-heading">
            {loop.company}
            {loop.role && <span className="loops-muted"> — {loop.role}</span>}
          </h2>
          <p className="loops-muted">
            {LEVEL_WORDS[loop.level]} level: scope checks and suggestions in this loop use it ·{' '}
            {loopLens(loop.lens).name}
            {loop.archived && ' · archived'}
          </p>
          {others.length > 0 && (
            <p className="loops-note">
              Also for this company:{' '}
              {others.map((o) => `“${o.company}”${o.archived ? ' (archived)' : ''}`).join(', ')}. Stories
              logged there are flagged here.
            </p>
          )}
        </div>
        <div className="loop-detail-actions">
          <button type="button" onClick={onEdit}>
            Edit loop
          </button>
          <button
            type="button"
            onClick={() =>
              void run(() =>
                loops.update(loop.id, (current) => ({ ...current, archived: !current.archived })),
              )
            }
          >
            {loop.archived ? 'Unarchive' : 'Archive'}
          </button>
          <button type="button" className="danger-button" onClick={onDelete}>
            Delete
          </button>
        </div>
      </header>
      <WarningList warnings={warnings} onFix={fix} />
      {plan.rounds.map((roundPlan) => {
        const round = loop.rounds.find((r) => r.id === roundPlan.roundId)
        if (!round) return null
        return (
          <RoundCard
            key={round.id}
            plan={roundPlan}
            round={round}
            stories={stories}
            now={now}
            warnings={warnings.filter((w) => w.roundIds.includes(round.id))}
            onFix={fix}
            onPick={(competency, storyId) =>
              void run(() =>
                loops.update(loop.id, (current) => withPick(current, round.id, competency, storyId)),
              )
            }
            onSheet={() => setDialog({ kind: 'sheet', roundId: round.id })}
            onPractice={() => setDialog({ kind: 'practice', roundId: round.id })}
            onLog={() => setDialog({ kind: 'log', roundId: round.id })}
          />
        )
      })}
      {dialog?.kind === 'sheet' && dialogRound && (
        <RoundSheetDialog loop={loop} round={dialogRound} stories={stories} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'practice' && dialogRound && (
        <PracticeDialog round={dialogRound} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'log' && dialogRound && dialogSource && (
        <LogDialog
          round={dialogSource}
          plan={dialogRound}
          stories={stories}
          busy={busy}
          onClose={() => setDialog(null)}
          onSave={(
            entries: Array<{ question: string; storyId: string | null; rating: LogRating; note: string }>,
          ) =>
            void run(async () => {
              if (await loops.log({ loopId: loop.id, roundId: dialogSource.id, entries })) setDialog(null)
            })
          }
        />
      )}
    </article>
  )
}
