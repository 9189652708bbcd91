import { useEffect, useRef } from 'react'
import { SHORTCUT_HELP } from '../state/shortcuts'
import { useVault } from '../state/vault-context'
import { Modal } from './Modal'

export function ShortcutHelp({ open, onClose }: { open: boolean; onClose(): void }) {
  const closeButton = useRef<HTMLButtonElement>(null)
  const { setView } = useVault()
  useEffect(() => {
    if (open) closeButton.current?.focus()
  }, [open])
  if (!open) return null
  return (
    <Modal labelledBy="shortcut-help-title" onClose={onClose}>
      <h2 id="shortcut-help-title">Keyboard shortcuts</h2>
      <dl className="shortcut-list">
        {SHORTCUT_HELP.map(({ keys, does }) => (
          <div key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{does}</dd>
          </div>
        ))}
      </dl>
      <p className="shortcut-more">
        Deleted a story by mistake? It stays in{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setView('trash')
            onClose()
          }}
        >
          Recently deleted
        </button>{' '}
        for 30 days.
      </p>
      <button ref={closeButton} type="button" onClick={onClose}>
        Close
      </button>
    </Modal>
  )
}
