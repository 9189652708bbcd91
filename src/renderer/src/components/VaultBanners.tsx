import { useState } from 'react'
import { useVault } from '../state/vault-context'

/** What went wrong with the vault file, and the last failed call, in plain words. */
export function VaultBanners() {
  const vault = useVault()
  const [restoring, setRestoring] = useState(false)
  const [recoveryDismissed, setRecoveryDismissed] = useState(false)
  const health = vault.snapshot?.health

  const restore = async () => {
    setRestoring(true)
    await vault.restoreLatestBackup()
    setRestoring(false)
  }

  return (
    <>
      {health?.kind === 'recovered' && !recoveryDismissed && (
        <div className="banner banner-warning" role="alert" data-testid="recovered-banner">
          <p>
            <strong>Your vault file could not be read, so Story Vault started with an empty vault.</strong>{' '}
            Nothing was deleted: the unreadable file was moved to{' '}
            <code className="path">{health.movedTo}</code>. {health.reason}
          </p>
          {health.backupAvailable ? (
            <button type="button" onClick={() => void restore()} disabled={restoring}>
              {restoring ? 'Restoring…' : 'Restore the newest backup'}
            </button>
          ) : (
            <p className="banner-note">There is no backup to restore yet.</p>
          )}
          <button type="button" className="link-button" onClick={() => setRecoveryDismissed(true)}>
            Dismiss
          </button>
        </div>
      )}
      {health?.kind === 'read-only' && (
        <div className="banner banner-info" role="status" data-testid="read-only-banner">
          <p>
            <strong>This vault is open read-only.</strong> {health.reason} You can read your stories, but
            changes will not be saved.
          </p>
        </div>
      )}
      {vault.error && (
        <div className="banner banner-error" role="alert" data-testid="error-banner">
          <p>{vault.error}</p>
          <button type="button" className="link-button" onClick={vault.clearError}>
            Dismiss
          </button>
        </div>
      )}
    </>
  )
}
