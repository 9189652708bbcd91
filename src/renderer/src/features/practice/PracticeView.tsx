import { useEffect, useState } from 'react'
import type { Deck, DeckRequest, SessionSummary as Summary } from '../../../../shared/contract/practice'
import { useVault } from '../../state/vault-context'
import { systemClock, type Clock } from './answer-timer'
import { DeckChooser } from './DeckChooser'
import {
  onDueDeckRequest,
  takePickedDeckRequest,
  usePickedQuestions,
  usePracticeQuery,
} from './practice-store'
import { PracticeSession } from './PracticeSession'
import { SessionSummary } from './SessionSummary'
import './practice.css'

type Stage =
  | { kind: 'choose'; message?: string; preferDue?: boolean; preferPicked?: boolean }
  | { kind: 'session'; deck: Deck }
  | { kind: 'summary'; summary: Summary }

/** The practice view: choose a deck, answer card after card, see how it went. */
export function PracticeView({ clock = systemClock }: { clock?: Clock }) {
  const vault = useVault()
  const [stage, setStage] = useState<Stage>(() => ({ kind: 'choose', preferPicked: takePickedDeckRequest() }))
  const [busy, setBusy] = useState(false)
  const picked = usePickedQuestions()
  const due = usePracticeQuery(
    (bridge) => bridge.invoke('practice:due', { at: new Date().toISOString(), limit: 10_000 }),
    'due-chooser',
  )

  // The header's "N due" badge: back to the chooser on "Due now", unless a session is under way.
  useEffect(
    () =>
      onDueDeckRequest(() =>
        setStage((current) => (current.kind === 'session' ? current : { kind: 'choose', preferDue: true })),
      ),
    [],
  )

  const start = async (request: DeckRequest) => {
    setBusy(true)
    const result = await vault.bridge.invoke('practice:deck', request)
    setBusy(false)
    if (!result.ok) return setStage({ kind: 'choose', message: result.error.message })
    if (result.value.cards.length === 0)
      return setStage({ kind: 'choose', message: result.value.message ?? 'No questions fit this deck.' })
    setStage({ kind: 'session', deck: result.value })
  }

  const end = async (entryIds: string[], targetSeconds: number) => {
    if (entryIds.length === 0)
      return setStage({ kind: 'choose', message: 'Session ended; nothing was rated.' })
    const result = await vault.bridge.invoke('practice:summary', { entryIds, targetSeconds })
    if (!result.ok) {
      return setStage({
        kind: 'choose',
        message: `Your ratings are saved, but the summary could not be shown: ${result.error.message}`,
      })
    }
    setStage({ kind: 'summary', summary: result.value })
  }

  return (
    <div className="practice-view">
      {stage.kind === 'choose' && (
        <>
          {stage.message && (
            <p className="practice-message" role="status">
              {stage.message}
            </p>
          )}
          <DeckChooser
            key={stage.preferDue ? 'due' : stage.preferPicked ? 'picked' : 'any'}
            preferDue={stage.preferDue ?? false}
            preferPicked={stage.preferPicked ?? false}
            picked={picked}
            dueCount={due.value?.length}
            busy={busy}
            onStart={(request) => void start(request)}
          />
        </>
      )}
      {stage.kind === 'session' && (
        <>
          {stage.deck.message && <p className="practice-message">{stage.deck.message}</p>}
          <PracticeSession
            deck={stage.deck}
            clock={clock}
            onEnd={(ids) => void end(ids, stage.deck.targetSeconds)}
          />
        </>
      )}
      {stage.kind === 'summary' && (
        <SessionSummary
          summary={stage.summary}
          onAgain={() => setStage({ kind: 'choose' })}
          onOpenStory={(id) => vault.openStory(id)}
        />
      )}
    </div>
  )
}
