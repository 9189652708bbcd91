import { useState } from 'react'
import { AppHeader } from './components/AppHeader'
import { ErrorBoundary } from './components/ErrorBoundary'
import { ShortcutHelp } from './components/ShortcutHelp'
import { UndoToast } from './components/UndoToast'
import { VaultBanners } from './components/VaultBanners'
import { Welcome } from './components/Welcome'
import { useAppCommands } from './state/use-app-commands'
import { useVault } from './state/vault-context'
import { BackupsView } from './features/backups/BackupsView'
import { CheatSheetsView } from './features/cheatsheets/CheatSheetsView'
import { LoopsView } from './features/loops/LoopsView'
import { ExternalChangeBanner } from './features/external-change/ExternalChangeBanner'
import { MatrixView } from './features/matrix/MatrixView'
import { PracticeView } from './features/practice/PracticeView'
import { QuestionsView } from './features/questions/QuestionsView'
import { SearchPalette } from './features/search/SearchPalette'
import { useSearchIndexWarmUp } from './features/search/search-index'
import { RecentlyDeletedView } from './features/stories/RecentlyDeletedView'
import { StoriesView } from './features/stories/StoriesView'
import { ImportProvider } from './features/transfer/ImportProvider'

/** Import wraps every screen: files dropped on the welcome screen are imported too. */
export function App() {
  return (
    <ImportProvider>
      <Screens />
    </ImportProvider>
  )
}

function Screens() {
  const vault = useVault()
  const [searchOpen, setSearchOpen] = useState(false)
  const [helpOpen, setHelpOpen] = useState(false)
  useSearchIndexWarmUp(vault.stories)
  useAppCommands({
    openSearch: () => setSearchOpen(true),
    showHelp: () => setHelpOpen(true),
    closeOverlays: () => {
      setSearchOpen(false)
      setHelpOpen(false)
    },
  })

  if (vault.loading && !vault.snapshot) {
    return (
      <main className="app-loading" aria-busy="true">
        <p>Opening your vault…</p>
      </main>
    )
  }
  if (!vault.snapshot) {
    return (
      <main className="app-loading">
        <VaultBanners />
        <button type="button" onClick={() => void vault.reopen()}>
          Try again
        </button>
      </main>
    )
  }
  if (!vault.snapshot.onboarded) return <Welcome />

  return (
    <div className="app">
      <AppHeader onOpenSearch={() => setSearchOpen(true)} onOpenHelp={() => setHelpOpen(true)} />
      <ExternalChangeBanner />
      <VaultBanners />
      <main className="app-main" id="main">
        <ErrorBoundary fallback="This view could not be shown. Your stories are safe." resetKey={vault.view}>
          {vault.view === 'stories' && <StoriesView />}
          {vault.view === 'matrix' && <MatrixView />}
          {vault.view === 'sheets' && <CheatSheetsView />}
          {vault.view === 'questions' && <QuestionsView />}
          {vault.view === 'practice' && <PracticeView />}
          {vault.view === 'loops' && <LoopsView />}
          {vault.view === 'backups' && <BackupsView />}
          {vault.view === 'trash' && <RecentlyDeletedView />}
        </ErrorBoundary>
      </main>
      <UndoToast />
      <ErrorBoundary fallback="Question search could not be shown." resetKey={String(searchOpen)}>
        <SearchPalette open={searchOpen} onClose={() => setSearchOpen(false)} />
      </ErrorBoundary>
      <ShortcutHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  )
}
