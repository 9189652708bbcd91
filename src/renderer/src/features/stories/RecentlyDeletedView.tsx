import { useEffect, useState } from 'react'
import { TRASH_DAYS } from '../../../../shared/story/trash'
import type { Story } from '../../../../shared/story/schema'
import type { DeletedStory } from '../../../../shared/vault/document'
import { useVault } from '../../state/vault-context'
import './recently-deleted.css'

const DAY_MS = 86_400_000
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

function daysLeft(deletedAt: string, now: number): number {
  return Math.max(0, Math.ceil((Date.parse(deletedAt) + TRASH_DAYS * DAY_MS - now) / DAY_MS))
}

function whenDeleted(deletedAt: string, now: number): string {
  const left = daysLeft(deletedAt, now)
  const date = new Date(deletedAt)
  const shown = Number.isNaN(date.getTime()) ? deletedAt : dateFormat.format(date)
  return `Deleted ${shown} · ${left <= 1 ? 'removed for good within a day' : `${left} days left`}`
}

/** "Recently deleted": every story deleted in the last 30 days, to restore or delete for good. */
export function RecentlyDeletedView() {
  const vault = useVault()
  const { bridge } = vault
  const readOnly = vault.snapshot?.health.kind === 'read-only'
  const [items, setItems] = useState<DeletedStory[] | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [restored, setRestored] = useState<Story | null>(null)
  /** The story id whose "Delete forever" waits for a second click, or 'all' for Empty. */
  const [confirming, setConfirming] = useState<string | null>(null)
  const [now] = useState(() => Date.now())

  // Read again whenever the stories change (a delete elsewhere, an undo), so the two lists agree.
  const storyCount = vault.stories.length
  useEffect(() => {
    let current = true
    void bridge.invoke('trash:list').then((result) => {
      if (!current) return
      if (result.ok) setItems(result.value)
      else setProblem(result.error.message)
    })
    return () => {
      current = false
    }
  }, [bridge, storyCount])

  const answer = (
    result: { ok: true; value: DeletedStory[] } | { ok: false; error: { message: string } },
  ) => {
    setConfirming(null)
    if (result.ok) setItems(result.value)
    else setProblem(result.error.message)
  }

  const restore = async (id: string) => {
    setProblem(null)
    const result = await vault.restoreDeleted(id)
    if (result.ok) {
      setRestored(result.value)
      setItems((list) => list?.filter((item) => item.story.id !== id) ?? null)
    }
  }

  return (
    <section className="trash-view" aria-labelledby="trash-heading">
      <div className="trash-head">
        <h1 id="trash-heading">Recently deleted</h1>
        <button type="button" onClick={() => vault.setView('stories')}>
          Back to stories
        </button>
        {!readOnly && items && items.length > 0 && confirming !== 'all' && (
          <button type="button" className="danger-button" onClick={() => setConfirming('all')}>
            Empty…
          </button>
        )}
      </div>
      <p className="trash-note">
        Deleted stories stay here for {TRASH_DAYS} days, then they are removed for good. Ctrl/⌘+Z puts back
        what you deleted since Story Vault was opened, newest first.
      </p>
      {confirming === 'all' && items && (
        <div className="trash-confirm" role="alertdialog" aria-label="Empty Recently deleted">
          <span>
            Delete all {items.length} {items.length === 1 ? 'story' : 'stories'} here for good? This cannot be
            undone.
          </span>
          <button
            type="button"
            className="danger-button"
            onClick={async () => answer(await bridge.invoke('trash:empty'))}
          >
            Delete all for good
          </button>
          <button type="button" onClick={() => setConfirming(null)}>
            Cancel
          </button>
        </div>
      )}
      <div role="status" aria-live="polite">
        {restored && (
          <p className="trash-restored">
            Restored “{restored.title}”.{' '}
            <button type="button" className="link-button" onClick={() => vault.openStory(restored.id)}>
              Open it
            </button>
          </p>
        )}
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {items === null ? (
        <p className="trash-note">Loading…</p>
      ) : items.length === 0 ? (
        <div className="empty-state" data-testid="trash-empty">
          <p>Nothing deleted in the last {TRASH_DAYS} days.</p>
        </div>
      ) : (
        <ul className="trash-list" aria-label="Deleted stories">
          {items.map(({ story, deletedAt }) => (
            <li key={`${story.id}:${deletedAt}`} className="trash-item">
              <div className="trash-item-text">
                <span className="trash-item-title" title={story.title}>
                  {story.title}
                </span>
                <span className="trash-item-meta">{whenDeleted(deletedAt, now)}</span>
              </div>
              {!readOnly && (
                <div className="trash-item-actions">
                  <button
                    type="button"
                    aria-label={`Restore “${story.title}”`}
                    onClick={() => void restore(story.id)}
                  >
                    Restore
                  </button>
                  {confirming === story.id ? (
                    <>
                      <button
                        type="button"
                        className="danger-button"
                        aria-label={`Delete “${story.title}” for good`}
                        onClick={async () => answer(await bridge.invoke('trash:delete-forever', story.id))}
                      >
                        Delete for good
                      </button>
                      <button type="button" onClick={() => setConfirming(null)}>
                        Cancel
                      </button>
                    </>
                  ) : (
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`Delete “${story.title}” forever…`}
                      onClick={() => setConfirming(story.id)}
                    >
                      Delete forever…
                    </button>
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
