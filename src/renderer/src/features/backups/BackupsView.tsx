import { useCallback, useEffect, useState } from 'react'
import type { BackupInfo, BackupKind, BackupPreview } from '../../../../shared/contract/backups'
import { useVault } from '../../state/vault-context'
import '../transfer/transfer.css'

const KIND_LABELS: Record<BackupKind, string> = {
  auto: 'Automatic',
  external: 'Other version (not loaded)',
  'pre-restore': 'Before a restore',
  'pre-migration': 'Before an upgrade',
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

function formatDate(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date)
}

function stories(n: number | null): string {
  return `${n ?? '?'} ${n === 1 ? 'story' : 'stories'}`
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** The copies Story Vault keeps next to the vault: look inside one, and put it back. */
export function BackupsView() {
  const vault = useVault()
  const [backups, setBackups] = useState<BackupInfo[] | null>(null)
  const [preview, setPreview] = useState<BackupPreview | null>(null)
  const [confirming, setConfirming] = useState<BackupInfo | null>(null)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  const load = useCallback(
    () =>
      vault.bridge.invoke('backups:list').then((result) => {
        if (result.ok) setBackups(result.value)
        else setProblem(result.error.message)
      }),
    [vault.bridge],
  )

  useEffect(() => {
    void load()
  }, [load])

  const showPreview = async (backup: BackupInfo) => {
    setProblem(null)
    const result = await vault.bridge.invoke('backups:preview', backup.id)
    if (result.ok) setPreview(result.value)
    else setProblem(result.error.message)
  }

  const restore = async (backup: BackupInfo) => {
    setBusy(true)
    setProblem(null)
    await vault.flushEdits()
    const result = await vault.bridge.invoke('backups:restore', backup.id)
    setBusy(false)
    setConfirming(null)
    if (!result.ok) {
      setProblem(result.error.message)
      // Refused because the file changed on disk: the banner offers the choice that unblocks it.
      if (result.error.code === 'conflict') vault.flagExternalChange()
      return
    }
    vault.refresh(result.value)
    setPreview(null)
    setMessage(
      `Restored the backup from ${formatDate(backup.createdAt)} (${stories(result.value.stories.length)}). Your vault as it was is kept as a backup too.`,
    )
    await load()
  }

  return (
    <section className="backups-view" aria-labelledby="backups-heading">
      <h2 id="backups-heading">Backups</h2>
      <p className="transfer-note">
        Story Vault keeps copies of your vault next to it: before saves (at most every few minutes), before a
        restore, and the other version whenever you kept yours after an outside change. Restoring replaces
        your stories with the copy; the vault as it is now is backed up first, so a restore can be undone.
      </p>
      {message && (
        <p className="banner banner-info" role="status" data-testid="restore-done">
          {message}
        </p>
      )}
      {problem && (
        <p className="transfer-problem" role="alert">
          {problem}
        </p>
      )}
      {backups === null ? (
        <p aria-busy="true">Looking for backups…</p>
      ) : backups.length === 0 ? (
        <p>No backups yet. The first one is made the next time your vault is saved.</p>
      ) : (
        <table className="transfer-table" data-testid="backups-table">
          <thead>
            <tr>
              <th scope="col">Saved</th>
              <th scope="col">Kind</th>
              <th scope="col">Stories</th>
              <th scope="col">Size</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.id}>
                <td>{formatDate(backup.createdAt)}</td>
                <td>{KIND_LABELS[backup.kind] ?? backup.kind}</td>
                <td>{backup.storyCount ?? 'unreadable'}</td>
                <td>{formatSize(backup.size)}</td>
                <td>
                  <button type="button" className="link-button" onClick={() => void showPreview(backup)}>
                    Preview
                  </button>
                  <button
                    type="button"
                    onClick={() => setConfirming(backup)}
                    disabled={
                      busy || backup.storyCount === null || vault.snapshot?.health.kind === 'read-only'
                    }
                  >
                    Restore…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {confirming && (
        <div className="transfer-problem" role="alertdialog" aria-labelledby="restore-confirm-text">
          <p id="restore-confirm-text">
            Replace your {stories(vault.stories.length)} with the {stories(confirming.storyCount)} saved{' '}
            {formatDate(confirming.createdAt)}? Your vault as it is now is kept as a backup.
          </p>
          <div className="transfer-actions">
            <button type="button" onClick={() => setConfirming(null)} disabled={busy}>
              Cancel
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => void restore(confirming)}
              disabled={busy}
            >
              Restore this backup
            </button>
          </div>
        </div>
      )}
      {preview && (
        <div className="backup-preview" data-testid="backup-preview">
          <h3>
            {formatDate(preview.createdAt)} — {stories(preview.storyCount)}
          </h3>
          <ol>
            {preview.titles.map((title, i) => (
              <li key={i}>{title}</li>
            ))}
          </ol>
        </div>
      )}
    </section>
  )
}
