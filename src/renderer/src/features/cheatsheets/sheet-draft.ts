import { defaultQuestions } from '../../../../shared/cheatsheet/build'
import { presetById } from '../../../../shared/cheatsheet/presets'
import {
  SheetSpecSchema,
  type CheatSheet,
  type PaperSize,
  type SheetSpec,
} from '../../../../shared/cheatsheet/schema'
import type { TargetLevel } from '../../../../shared/story/levels'

/** Letter is the default where people print on it; A4 everywhere else. */
export function defaultPaper(language: string): PaperSize {
  return /^(en|es)-(US|CA|MX|PH)$/i.test(language) ? 'letter' : 'a4'
}

export function newSheetSpec(level: TargetLevel, language: string): SheetSpec {
  return SheetSpecSchema.parse({
    level,
    competencies: presetById('core')?.competencies ?? [],
    questionsToAsk: defaultQuestions(),
    paper: defaultPaper(language),
  })
}

/** The editable part of a saved sheet. */
export function specOf(sheet: CheatSheet): SheetSpec {
  const { id: _id, updatedAt: _updatedAt, ...spec } = sheet
  return spec
}

export function sameSpec(a: SheetSpec, b: SheetSpec): boolean {
  return JSON.stringify(SheetSpecSchema.parse(a)) === JSON.stringify(SheetSpecSchema.parse(b))
}

/** Turns a competency on or off; a swap for a competency that leaves the sheet is forgotten. */
export function toggleCompetency(spec: SheetSpec, id: string): SheetSpec {
  if (spec.competencies.includes(id)) {
    const { [id]: _dropped, ...picks } = spec.picks
    return { ...spec, competencies: spec.competencies.filter((c) => c !== id), picks }
  }
  return { ...spec, competencies: [...spec.competencies, id] }
}

export function applyPreset(spec: SheetSpec, presetId: string): SheetSpec {
  const preset = presetById(presetId)
  if (!preset) return spec
  const picks = Object.fromEntries(
    Object.entries(spec.picks).filter(([competency]) => preset.competencies.includes(competency)),
  )
  return {
    ...spec,
    competencies: [...preset.competencies],
    lens: preset.id === 'core' ? null : preset.id,
    picks,
  }
}

/** '' puts the automatic pick back. */
export function swapPick(spec: SheetSpec, competency: string, storyId: string): SheetSpec {
  const { [competency]: _old, ...rest } = spec.picks
  return { ...spec, picks: storyId ? { ...rest, [competency]: storyId } : rest }
}

/** One question per line in the editor; blank lines are dropped. */
export function questionsFromText(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, 20)
}

export function pdfBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

export function downloadPdf(bytes: Uint8Array<ArrayBuffer>, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
}
