import { useEffect, useState } from 'react'
import { useVault } from '../../state/vault-context'
import { prefetchQuestions, requestDueDeck, usePracticeQuery } from './practice-store'
import './practice.css'

const MINUTE = 60_000

/** "3 due" in the header: cards whose rehearsal is due by this computer's clock; opens practice. */
export function DueBadge() {
  const vault = useVault()
  // Re-counted each minute, so a card that falls due while the app is open shows up.
  const [minute, setMinute] = useState(() => Math.floor(Date.now() / MINUTE))
  useEffect(() => {
    const timer = setInterval(() => setMinute(Math.floor(Date.now() / MINUTE)), MINUTE / 2)
    return () => clearInterval(timer)
  }, [])
  // The header is always there: it warms the question bank while the person looks at their stories.
  const { bridge, stories } = vault
  useEffect(() => {
    const timer = setTimeout(() => prefetchQuestions(bridge, stories), 1_000)
    return () => clearTimeout(timer)
  }, [bridge, stories])
  const due = usePracticeQuery(
    (bridge) => bridge.invoke('practice:due', { at: new Date().toISOString(), limit: 10_000 }),
    `due-${minute}`,
  )
  const count = due.value?.length ?? 0
  if (count === 0) return null
  const label = `${count >= 10_000 ? '10,000+' : count} due`
  return (
    <button
      type="button"
      className="due-badge"
      title="Questions due for practice"
      aria-label={`${label} for practice`}
      onClick={() => {
        vault.setView('practice')
        requestDueDeck()
      }}
    >
      {label}
    </button>
  )
}
