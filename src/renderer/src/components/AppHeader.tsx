import { LEVEL_LABELS, TARGET_LEVELS } from '../../../shared/story/levels'
import type { TargetLevel } from '../../../shared/story/levels'
import { DueBadge } from '../features/practice/DueBadge'
import { TransferMenu } from '../features/transfer/TransferMenu'
import { useVault } from '../state/vault-context'
import type { View } from '../state/vault-reducer'

const VIEW_LABELS: ReadonlyArray<{ view: View; label: string }> = [
  { view: 'stories', label: 'Stories' },
  { view: 'matrix', label: 'Matrix' },
  { view: 'sheets', label: 'Cheat sheets' },
  { view: 'questions', label: 'Questions' },
  { view: 'practice', label: 'Practice' },
  { view: 'loops', label: 'Loops' },
  { view: 'backups', label: 'Backups' },
]

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
const MOD = isMac ? '⌘' : 'Ctrl+'

export function AppHeader({ onOpenSearch, onOpenHelp }: { onOpenSearch(): void; onOpenHelp(): void }) {
  const vault = useVault()
  return (
    <header className="app-header">
      <div className="app-title">Story Vault</div>
      <nav className="view-tabs" aria-label="Views">
        {VIEW_LABELS.map(({ view, label }) => (
          <button
            key={view}
            type="button"
            className="view-tab"
            aria-current={vault.view === view ? 'page' : undefined}
            onClick={() => vault.setView(view)}
          >
            {label}
          </button>
        ))}
      </nav>
      <DueBadge />
      <div className="toolbar">
        <button type="button" className="toolbar-button search-button" onClick={onOpenSearch}>
          <span>
            Search<span className="search-words"> by question</span>
          </span>{' '}
          <kbd>{MOD}K</kbd>
        </button>
        <label className="level-select">
          <span>Target level</span>
          <select
            aria-label="Target level"
            title="The level you are interviewing for"
            value={vault.settings.targetLevel}
            disabled={vault.snapshot?.health.kind === 'read-only'}
            onChange={(event) =>
              void vault.updateSettings({ targetLevel: event.target.value as TargetLevel })
            }
          >
            {TARGET_LEVELS.map((level) => (
              <option key={level} value={level}>
                {LEVEL_LABELS[level]}
              </option>
            ))}
          </select>
        </label>
        <TransferMenu />
        <button
          type="button"
          className="toolbar-button icon-button"
          onClick={onOpenHelp}
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
        >
          ?
        </button>
      </div>
    </header>
  )
}
