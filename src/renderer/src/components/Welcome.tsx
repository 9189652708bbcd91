import { useState } from 'react'
import { VaultBanners } from './VaultBanners'
import { useVault } from '../state/vault-context'

/** First run: explain the app in two sentences and let the person choose how to start. */
export function Welcome() {
  const vault = useVault()
  const [busy, setBusy] = useState(false)
  const start = async (mode: 'demo' | 'empty') => {
    setBusy(true)
    await vault.start(mode)
    setBusy(false)
  }
  return (
    <main className="welcome">
      <div className="welcome-card">
        <h1>Welcome to Story Vault</h1>
        <p>
          Keep your career stories in one private place on this computer, written as situation, task, action
          and result. Story Vault shows which interview competencies they cover, warns when a story is too
          small for the level you aim for, and finds your best story for any question.
        </p>
        <VaultBanners />
        <div className="welcome-actions">
          <button type="button" className="primary" disabled={busy} onClick={() => void start('demo')}>
            Start with the demo vault
          </button>
          <button type="button" disabled={busy} onClick={() => void start('empty')}>
            Start empty
          </button>
        </div>
        <p className="welcome-note">The demo stories are examples; delete them whenever you like.</p>
      </div>
    </main>
  )
}
