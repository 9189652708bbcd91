import { createContext, useContext, useEffect, useEffectEvent, useMemo, useState } from 'react'
import type { ReactNode } from 'react'
import type { TextFile } from '../../../../shared/transfer/types'
import { useVault } from '../../state/vault-context'
import { ImportDialog } from './ImportDialog'
import { readTextFiles, type PickedFile } from './read-files'
import { useFileDrop } from './use-file-drop'
import './transfer.css'

interface ImportApi {
  /** Opens the import dialog with nothing chosen yet. */
  openImport(): void
}

/** One opening of the dialog; a new key gives a fresh dialog, e.g. for a second drop. */
interface ImportRequest {
  key: number
  files: TextFile[] | null
  problem: string | null
}

const ImportContext = createContext<ImportApi | null>(null)

const nextRequest =
  (files: TextFile[] | null, problem: string | null) =>
  (previous: ImportRequest | null): ImportRequest => ({ key: (previous?.key ?? 0) + 1, files, problem })

const READ_ONLY = 'This vault is open read-only, so nothing can be imported into it.'

/**
 * Owns the import dialog, so it can open from the toolbar, from File → Import, and from files dropped
 * anywhere on the window — the welcome screen too: a drop there starts an empty vault first (the
 * person brought their own stories, so the demo ones would only be in the way).
 */
export function ImportProvider({ children }: { children: ReactNode }) {
  const vault = useVault()
  const [request, setRequest] = useState<ImportRequest | null>(null)

  const importDropped = async (picked: PickedFile[]) => {
    const snapshot = vault.snapshot
    if (!snapshot) return
    if (snapshot.health.kind === 'read-only') {
      vault.reportError(READ_ONLY)
      return
    }
    let files: TextFile[] | null = null
    let problem: string | null = null
    try {
      files = await readTextFiles(picked)
    } catch (error) {
      problem = error instanceof Error ? error.message : 'The files could not be read.'
    }
    if (!snapshot.onboarded && !(await vault.start('empty')).ok) return
    setRequest(nextRequest(files, problem))
  }
  const dragging = useFileDrop((picked) => void importDropped(picked))

  const onCommand = useEffectEvent((command: string) => {
    if (command !== 'import' || !vault.snapshot?.onboarded) return
    if (vault.snapshot.health.kind === 'read-only') vault.reportError(READ_ONLY)
    else setRequest(nextRequest(null, null))
  })
  useEffect(() => vault.bridge.on('menu:command', ({ command }) => onCommand(command)), [vault.bridge])

  const api = useMemo<ImportApi>(() => ({ openImport: () => setRequest(nextRequest(null, null)) }), [])

  return (
    <ImportContext.Provider value={api}>
      {children}
      {dragging && !request && (
        <div className="transfer-drop-hint" aria-hidden="true">
          Drop files or a folder to import stories
        </div>
      )}
      {request && (
        <ImportDialog
          key={request.key}
          initialFiles={request.files}
          initialProblem={request.problem}
          onClose={() => setRequest(null)}
        />
      )}
    </ImportContext.Provider>
  )
}

export function useImport(): ImportApi {
  const api = useContext(ImportContext)
  if (!api) throw new Error('useImport() must be used inside <ImportProvider>.')
  return api
}
