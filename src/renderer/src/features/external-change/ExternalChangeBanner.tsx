import { useEffect, useEffectEvent, useState } from 'react'
import { useVault } from '../../state/vault-context'
import { unsavedForms } from '../stories/unsaved-forms'

const NOTICE_MS = 6_000
/** Long enough for the closing editor's last save attempt to reach main before the reload does. */
const SETTLE_MS = 250

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The vault file changed outside this window (another device, a sync folder). With nothing unsaved
 * here the new version is loaded at once and a quiet note says so; with unsaved edits the person chooses:
 * load the new version, or keep theirs (the other version is kept as a backup either way).
 */
export function ExternalChangeBanner() {
  const vault = useVault()
  const [choice, setChoice] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const hasUnsavedEdits = () => vault.stories.some((story) => unsavedForms.get(story.id) !== undefined)

  const reload = async (discardEdits: boolean) => {
    setBusy(true)
    const selected = vault.selectedId
    if (discardEdits) {
      // Close the editor first: its last save is refused while the change is undecided, so nothing of
      // ours lands on top of the version we are taking.
      unsavedForms.clear()
      vault.openStory(null)
      await wait(SETTLE_MS)
      unsavedForms.clear()
    }
    const result = await vault.bridge.invoke('vault:reload')
    setBusy(false)
    if (!result.ok) {
      vault.reportError(result.error.message)
      return
    }
    vault.refresh(result.value)
    if (discardEdits) vault.clearError()
    if (selected && result.value.stories.some((s) => s.id === selected)) vault.openStory(selected)
    setChoice(false)
    setNotice('Your vault was updated with changes made outside this window.')
  }

  const keepMine = async () => {
    setBusy(true)
    const result = await vault.bridge.invoke('vault:keep-mine')
    setBusy(false)
    if (!result.ok) {
      vault.reportError(result.error.message)
      return
    }
    vault.refresh(result.value)
    await vault.flushEdits()
    setChoice(false)
    setNotice('Kept your version. The other version is saved as a backup (see Backups).')
  }

  const onChanged = useEffectEvent(() => {
    if (hasUnsavedEdits()) setChoice(true)
    else void reload(false)
  })
  useEffect(() => vault.bridge.on('vault:changed-on-disk', () => onChanged()), [vault.bridge])

  useEffect(() => {
    if (!notice) return
    const timer = setTimeout(() => setNotice(null), NOTICE_MS)
    return () => clearTimeout(timer)
  }, [notice])

  if (choice) {
    return (
      <div className="banner banner-warning" role="alert" data-testid="external-change-banner">
        <p>
          <strong>Your vault changed outside this window</strong> (another device or a sync folder) while you
          have edits that are not saved yet.
        </p>
        <button type="button" onClick={() => void reload(true)} disabled={busy}>
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
