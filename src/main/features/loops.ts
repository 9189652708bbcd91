import { randomUUID } from 'node:crypto'
import { renderCheatSheetHtml } from '../../shared/cheatsheet/render-html'
import { sheetFileName } from '../../shared/cheatsheet/file-name'
import type { Handlers } from '../../shared/contract'
import type { LoopsState } from '../../shared/contract/loops'
import { AppFailure } from '../../shared/contract/result'
import { applyRoundLog, LogError } from '../../shared/loops/log'
import { planLoop } from '../../shared/loops/plan'
import type { Loop, ParsedLoopDraft } from '../../shared/loops/schema'
import { roundSheet, roundSheetSpec } from '../../shared/loops/sheet'
import type { VaultDocument } from '../../shared/vault/document'
import type { Services } from './services'

type LoopHandlers = Pick<
  Handlers,
  'loops:list' | 'loops:save' | 'loops:delete' | 'loops:restore' | 'loops:log' | 'loops:render-pdf'
>

function notFound(id: string): AppFailure {
  return new AppFailure('not-found', `There is no interview loop with id ${id}. It may have been deleted.`)
}

/** Titles of the stories in "Recently deleted", so plans and logs naming them still read. */
export function deletedTitles(doc: VaultDocument): Record<string, string> {
  return Object.fromEntries(doc.trash.map((entry) => [entry.story.id, entry.story.title]))
}

export function loopsState(doc: VaultDocument): LoopsState {
  return { loops: doc.loops, ownQuestions: doc.ownQuestions, deletedTitles: deletedTitles(doc) }
}

/** A saved loop from what the app sent: new rounds get ids, picks keep the chosen story's title. */
function loopFromDraft(
  draft: ParsedLoopDraft,
  doc: VaultDocument,
  existing: Loop | undefined,
  now: string,
): Loop {
  const { id: _id, rounds, ...fields } = draft
  const titles = new Map(doc.stories.map((story) => [story.id, story.title]))
  return {
    ...fields,
    id: existing?.id ?? randomUUID(),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    deletedAt: null,
    rounds: rounds.map((round) => ({
      ...round,
      id: round.id ?? randomUUID(),
      picks: round.picks.map((pick) => ({ ...pick, title: titles.get(pick.storyId) ?? pick.title })),
    })),
  }
}

export function createLoopHandlers(services: Services): LoopHandlers {
  const { vault } = services
  const setDeleted = async (id: string, deletedAt: string | null) => {
    if (!vault.current().loops.some((loop) => loop.id === id)) throw notFound(id)
    await vault.update((doc) => ({
      ...doc,
      loops: doc.loops.map((loop) => (loop.id === id ? { ...loop, deletedAt } : loop)),
    }))
    return loopsState(vault.current())
  }

  return {
    'loops:list': () => loopsState(vault.current()),

    'loops:save': async (draft) => {
      const now = new Date().toISOString()
      let savedId = ''
      await vault.update((doc) => {
        const existing = draft.id === undefined ? undefined : doc.loops.find((loop) => loop.id === draft.id)
        if (draft.id !== undefined && (!existing || existing.deletedAt !== null)) throw notFound(draft.id)
        const loop = loopFromDraft(draft, doc, existing, now)
        savedId = loop.id
        const loops = existing ? doc.loops.map((l) => (l.id === loop.id ? loop : l)) : [...doc.loops, loop]
        return { ...doc, loops }
      })
      const doc = vault.current()
      const loop = doc.loops.find((l) => l.id === savedId)
      if (!loop) throw new AppFailure('internal', 'The loop was saved but could not be read back.')
      return { loop, state: loopsState(doc) }
    },

    'loops:delete': (id) => setDeleted(id, new Date().toISOString()),
    'loops:restore': (id) => setDeleted(id, null),

    'loops:log': async (draft) => {
      const now = new Date().toISOString()
      await vault.update((doc) => {
        try {
          return applyRoundLog(doc, draft, now, randomUUID)
        } catch (error) {
          if (error instanceof LogError) throw new AppFailure('not-found', error.message)
          throw error
        }
      })
      return { state: loopsState(vault.current()), snapshot: vault.snapshot() }
    },

    'loops:render-pdf': async ({ loopId, roundId, paper }) => {
      const doc = vault.current()
      const loop = doc.loops.find((l) => l.id === loopId && l.deletedAt === null)
      if (!loop) throw notFound(loopId)
      const plan = planLoop(loop, {
        stories: doc.stories,
        loops: doc.loops,
        ownQuestions: doc.ownQuestions,
        deletedTitles: new Map(Object.entries(deletedTitles(doc))),
      })
      const round = plan.rounds.find((r) => r.roundId === roundId)
      if (!round) throw new AppFailure('not-found', 'That round is no longer in the loop.')
      const html = renderCheatSheetHtml(roundSheet(loop, round, doc.stories, paper))
      const bytes = await services.renderPdf(html, { paper })
      const fileName = sheetFileName(roundSheetSpec(loop, round, paper), 'pdf')
      return { base64: Buffer.from(bytes).toString('base64'), fileName }
    },
  }
}
