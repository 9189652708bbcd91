import { randomUUID } from 'node:crypto'
import { buildCheatSheet } from '../../shared/cheatsheet/build'
import { sheetFileName } from '../../shared/cheatsheet/file-name'
import { renderCheatSheetHtml } from '../../shared/cheatsheet/render-html'
import { SheetSpecSchema, type CheatSheet, type SheetSpec } from '../../shared/cheatsheet/schema'
import type { Handlers } from '../../shared/contract'
import { AppFailure } from '../../shared/contract/result'
import type { Services } from './services'

type CheatSheetHandlers = Pick<Handlers, 'cheatsheets:save' | 'cheatsheets:delete' | 'cheatsheets:render-pdf'>

function notFound(id: string): AppFailure {
  return new AppFailure('not-found', `There is no cheat sheet with id ${id}. It may have been deleted.`)
}

/** Sheets store only the spec and picks; the stories in them are always read fresh from the vault. */
export function createCheatSheetHandlers(services: Services): CheatSheetHandlers {
  const { vault } = services
  return {
    'cheatsheets:save': async (draft) => {
      const { id, ...rest } = draft
      const spec: SheetSpec = SheetSpecSchema.parse(rest)
      const sheetId = id ?? randomUUID()
      const saved: CheatSheet = { ...spec, id: sheetId, updatedAt: new Date().toISOString() }
      await vault.update((doc) => {
        const exists = doc.sheets.some((sheet) => sheet.id === sheetId)
        if (id !== undefined && !exists) throw notFound(id)
        const sheets = exists
          ? doc.sheets.map((sheet) => (sheet.id === sheetId ? saved : sheet))
          : [...doc.sheets, saved]
        return { ...doc, sheets }
      })
      const sheets = vault.current().sheets
      const stored = sheets.find((sheet) => sheet.id === sheetId)
      if (!stored) throw new AppFailure('internal', 'The cheat sheet was saved but could not be read back.')
      return { sheet: stored, sheets }
    },

    'cheatsheets:delete': async (id) => {
      if (!vault.current().sheets.some((sheet) => sheet.id === id)) throw notFound(id)
      await vault.update((doc) => ({ ...doc, sheets: doc.sheets.filter((sheet) => sheet.id !== id) }))
      return { sheets: vault.current().sheets }
    },

    'cheatsheets:render-pdf': async (request) => {
      const doc = vault.current()
      let spec: SheetSpec
      if ('sheetId' in request) {
        const sheet = doc.sheets.find((s) => s.id === request.sheetId)
        if (!sheet) throw notFound(request.sheetId)
        spec = sheet
      } else spec = request.spec
      const html = renderCheatSheetHtml(buildCheatSheet(spec, doc.stories))
      const bytes = await services.renderPdf(html, { paper: spec.paper })
      return { base64: Buffer.from(bytes).toString('base64'), fileName: sheetFileName(spec, 'pdf') }
    },
  }
}
