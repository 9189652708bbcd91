import { useEffect, useEffectEvent, useState } from 'react'
import { useVault } from '../../state/vault-context'

const NOTICE_MS = 6_000

/**
 * The vault file changed outside this window (another device, a sync folder). With nothing unsaved
 * here the new version is loaded at once and a quiet note says so. With unsaved edits — or when a save
 * was refused because of the change — the person chooses: load the new version (dropping their edits,
 * only once they said so), or keep theirs (the other version is kept as a backup).
 */
export function ExternalChangeBanner() {
  const vault = useVault()
  const [notice, setNotice] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const loadTheirs = async (discard: boolean) => {
    setBusy(true)
    const result = await vault.loadFromDisk({ discard })
    setBusy(false)
    if (result.ok) setNotice('Your vault was updated with changes made outside this window.')
  }

  const keepMine = async () => {
    setBusy(true)
    const result = await vault.keepMine()
    setBusy(false)
    if (result.ok) setNotice('Kept your version. The other version is saved as a backup (see Backups).')
  }

  const onChanged = useEffectEvent(() => {
    if (vault.hasUnsavedEdits()) vault.flagExternalChange()
    else void loadTheirs(false)
  })
  useEffect(() => vault.bridge.on('vault:changed-on-disk', () => onChanged()), [vault.bridge])

  useEffect(() => {
    if (!notice) return
    const timer = setTimeout(() => setNotice(null), NOTICE_MS)
    return () => clearTimeout(timer)
  }, [notice])

  if (vault.externalChange) {
    return (
      <div className="banner banner-warning" role="alert" data-testid="external-change-banner">
        <p>
          <strong>Your vault changed outside this window</strong> (another device or a sync folder), so
          nothing more is saved until you choose.{' '}
          {vault.hasUnsavedEdits()
            ? 'Your unsaved edits are kept here until then; “Load the new version” drops them.'
            : 'Nothing you typed is waiting to be saved.'}
        </p>
        <button type="button" onClick={() => void loadTheirs(true)} disabled={busy}>
          Load the new version
        </button>
        <button type="button" className="primary" onClick={() => void keepMine()} disabled={busy}>
          Keep mine (both are kept)
        </button>
      </div>
    )
  }
  if (notice) {
    return (
      <div className="banner banner-info" role="status" data-testid="external-change-notice">
        <p>{notice}</p>
        <button type="button" className="link-button" onClick={() => setNotice(null)}>
          Dismiss
        </button>
      </div>
    )
  }
  return null
}
