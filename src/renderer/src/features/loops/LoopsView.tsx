import { useEffect, useState } from 'react'
import { emptyStoryFields } from '../../../../shared/story/schema'
import type { Loop } from '../../../../shared/loops/schema'
import { useVault } from '../../state/vault-context'
import { draftOf, formOf, newLoopForm, type LoopFormValue } from './loop-draft'
import { LoopDetail } from './LoopDetail'
import { LoopForm } from './LoopForm'
import { LoopList } from './LoopList'
import { useLoops } from './use-loops'
import { useNow } from './use-now'
import './loops.css'

const UNDO_MS = 10_000

/** Interview loops: the list with countdowns, one loop's plan, and creating or editing a loop. */
export function LoopsView() {
  const vault = useVault()
  const loops = useLoops()
  const now = useNow()
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [form, setForm] = useState<LoopFormValue | null>(null)
  const [deleted, setDeleted] = useState<Loop | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (!deleted) return
    const timer = setTimeout(() => setDeleted(null), UNDO_MS)
    return () => clearTimeout(timer)
  }, [deleted])

  const state = loops.state
  if (!state) {
    return (
      <div className="loops-view loops-loading" aria-busy="true">
        {loops.error ? <p role="alert">{loops.error}</p> : <p>Opening your loops…</p>}
      </div>
    )
  }
  const live = state.loops.filter((l) => l.deletedAt === null)
  const selected = live.find((l) => l.id === selectedId) ?? null

  const save = async (value: LoopFormValue) => {
    setBusy(true)
    const saved = await loops.save(draftOf(value))
    setBusy(false)
    if (!saved) return
    setForm(null)
    setSelectedId(saved.id)
  }
  const remove = async (loop: Loop) => {
    if (await loops.remove(loop.id)) {
      setDeleted(loop)
      setSelectedId(null)
    }
  }
  const newStory = async (competency: string, name: string) => {
    const result = await vault.saveStory({
      ...emptyStoryFields(`A story about ${name.toLowerCase()}`),
      competencies: [competency],
    })
    if (result.ok) vault.openStory(result.value.id)
  }

  return (
    <div className="loops-view">
      <LoopList
        loops={state.loops}
        selectedId={selected?.id ?? null}
        now={now}
        onSelect={(id) => {
          setForm(null)
          setSelectedId(id)
        }}
        onNew={() => setForm(newLoopForm(vault.settings.targetLevel))}
        onRestore={(id) => void loops.restore(id).then((ok) => ok && setSelectedId(id))}
      />
      <section className="loops-detail" aria-label="Loop">
        {loops.error && (
          <p className="banner banner-error" role="alert">
            {loops.error}{' '}
            <button type="button" className="link-button" onClick={loops.clearError}>
              Dismiss
            </button>
          </p>
        )}
        {form ? (
          <LoopForm
            key={form.id ?? 'new'}
            initial={form}
            otherLoops={state.loops}
            busy={busy}
            onSave={(value) => void save(value)}
            onCancel={() => setForm(null)}
          />
        ) : selected ? (
          <LoopDetail
            loop={selected}
            state={state}
            stories={vault.stories}
            now={now}
            loops={loops}
            onEdit={() => setForm(formOf(selected))}
            onDelete={() => void remove(selected)}
            onNewStory={(competency, name) => void newStory(competency, name)}
            onOpenStory={(id) => vault.openStory(id)}
          />
        ) : (
          <div className="loops-empty">
            <h2>Prepare for a specific interview loop</h2>
            <p>
              Add the company, the level and each round with what its interviewer looks for. Story Vault plans
              a story for every area, warns about repeats and stories you already told them, and prints a
              sheet per round.
            </p>
            <button
              type="button"
              className="primary"
              onClick={() => setForm(newLoopForm(vault.settings.targetLevel))}
            >
              New loop
            </button>
          </div>
        )}
      </section>
      <div className="toast-region loops-toast-region" role="status" aria-live="polite">
        {deleted && (
          <div className="toast" data-testid="loop-undo-toast">
            <span>Deleted the {deleted.company} loop</span>
            <button
              type="button"
              className="link-button"
              onClick={() =>
                void loops.restore(deleted.id).then((ok) => {
                  if (!ok) return
                  setSelectedId(deleted.id)
                  setDeleted(null)
                })
              }
            >
              Undo
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label="Dismiss"
              onClick={() => setDeleted(null)}
            >
              ×
            </button>
          </div>
        )}
      </div>
    </div>
  )
}
