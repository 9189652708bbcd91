import { z } from 'zod'
import { CheatSheetDraftSchema, SheetSpecSchema, type CheatSheet } from '../cheatsheet/schema'
import { StoryIdSchema } from '../story/schema'
import { channel } from './channel'

export interface RenderedPdf {
  /** The PDF's bytes, base64-encoded so they cross both the IPC and the HTTP boundary unchanged. */
  base64: string
  fileName: string
}

/** A saved sheet by id, or an unsaved spec straight from the editor. */
export const PdfRequestSchema = z.union([
  z.object({ sheetId: StoryIdSchema }).strict(),
  z.object({ spec: SheetSpecSchema }).strict(),
])
export type PdfRequest = z.input<typeof PdfRequestSchema>

export const cheatSheetChannels = {
  /** Creates (no id) or updates (id) a sheet's spec and picks; resolves with every saved sheet. */
  'cheatsheets:save': channel<{ sheet: CheatSheet; sheets: CheatSheet[] }>()(
    z.tuple([CheatSheetDraftSchema]),
  ),
  'cheatsheets:delete': channel<{ sheets: CheatSheet[] }>()(z.tuple([StoryIdSchema])),
  /** Regenerates the sheet from the current stories and prints it to PDF. */
  'cheatsheets:render-pdf': channel<RenderedPdf>()(z.tuple([PdfRequestSchema])),
}
