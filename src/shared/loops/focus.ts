import { competencyName } from '../competencies/framework'
import { competencies } from '../content/competencies'
import { lensById, lenses, type Lens } from '../content/lenses'
import { normalize } from '../text/tokenize'
import type { Round } from './schema'

/** One competency a round probes, with the names the company's framework gives it. */
export interface FocusArea {
  competency: string
  competencyName: string
  /** "Ownership", "Dive Deep": the lens items (or the competency) the person named. */
  names: string[]
}

/** The lens a loop uses; an unknown id (content changed) falls back to the generic one. */
export function loopLens(lensId: string): Lens {
  const lens = lensById(lensId) ?? lensById('core') ?? lenses[0]
  if (!lens) throw new Error('content/lenses.json has no lenses')
  return lens
}

function containsPhrase(text: string, phrase: string): boolean {
  const wanted = normalize(phrase)
  return wanted !== '' && ` ${text} `.includes(` ${wanted} `)
}

/**
 * The principles a free-text focus names, in the lens's order: "ownership, dive deep" and
 * "Dive Deep + Ownership" both name Ownership and Dive Deep. Competency names and ids count too.
 */
export function principlesInText(lens: Lens, focus: string): string[] {
  const text = normalize(focus)
  if (!text) return []
  const found: string[] = []
  const covered = new Set<string>()
  for (const item of lens.items) {
    if (!containsPhrase(text, item.name)) continue
    found.push(item.id)
    covered.add(item.competencies[0] ?? '')
  }
  // "ownership" in an Amazon focus is already the Ownership principle; the bare id adds nothing.
  for (const competency of competencies) {
    if (covered.has(competency.id)) continue
    if (containsPhrase(text, competency.name) || containsPhrase(text, competency.id))
      found.push(competency.id)
  }
  return found
}

/**
 * What a round probes: the principles ticked plus those named in its focus text, each read as the
 * competency it is mainly about (a lens item's first competency not already in the round), one entry
 * per competency.
 */
export function focusAreas(lensId: string, round: Pick<Round, 'principles' | 'focus'>): FocusArea[] {
  const lens = loopLens(lensId)
  const areas = new Map<string, FocusArea>()
  const add = (competency: string, name: string) => {
    const area = areas.get(competency) ?? {
      competency,
      competencyName: competencyName(competency),
      names: [],
    }
    if (!area.names.includes(name)) area.names.push(name)
    areas.set(competency, area)
  }
  for (const id of [...round.principles, ...principlesInText(lens, round.focus)]) {
    const item = lens.items.find((candidate) => candidate.id === id)
    if (item) {
      // Two principles about one competency ("Ownership", "Dive Deep") each get a story where possible:
      // the second is read through its next competency.
      const existing = [...areas.values()].find((area) => area.names.includes(item.name))
      const free = item.competencies.find((competency) => !areas.has(competency))
      add(existing?.competency ?? free ?? (item.competencies[0] as string), item.name)
    } else if (competencies.some((c) => c.id === id)) add(id, competencyName(id))
  }
  return [...areas.values()]
}
