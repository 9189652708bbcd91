import { REACH_LEVELS } from '../../../../shared/story/levels'
import type { Reach } from '../../../../shared/story/levels'
import { STORY_FIELD_LABELS } from '../../../../shared/story/fields'
import { LIMITS, limitMessage, NUMBER_RANGES, type NumberField } from '../../../../shared/story/limits'
import { readNumberField } from './story-numbers'
import { StoryDraftSchema } from '../../../../shared/story/schema'
import type { StoryFields } from '../../../../shared/story/schema'

/** The editor's copy of a story, exactly as typed: numbers stay text until they are saved. */
export interface StoryForm {
  title: string
  situation: string
  task: string
  action: string
  result: string
  learnings: string
  competencies: string[]
  rejectedCompetencies: string[]
  tags: string[]
  company: string
  role: string
  year: string
  people: string
  teams: string
  durationWeeks: string
  reach: Reach | ''
  /** One metric per line. */
  metrics: string
  shortVersion: string
  /** Questions this story answers, as the person wrote them (edited by their own component). */
  questions: string[]
}

export type FormField = keyof StoryForm
export type FormErrors = Partial<Record<FormField, string>>
export type SaveableFields = StoryFields & { id: string }

const numberText = (value: number | null) => (value === null ? '' : String(value))

export function formFromStory(story: StoryFields): StoryForm {
  return {
    title: story.title,
    situation: story.situation,
    task: story.task,
    action: story.action,
    result: story.result,
    learnings: story.learnings,
    competencies: story.competencies,
    rejectedCompetencies: story.rejectedCompetencies,
    tags: story.tags,
    company: story.company,
    role: story.role,
    year: numberText(story.year),
    people: numberText(story.people),
    teams: numberText(story.teams),
    durationWeeks: numberText(story.durationWeeks),
    reach: story.reach ?? '',
    metrics: story.metrics.join('\n'),
    shortVersion: story.shortVersion,
    questions: story.questions,
  }
}

/** The form edits for fields another part of the app changed (for example an accepted suggestion). */
export function formPatchFromFields(fields: Partial<StoryFields>): Partial<StoryForm> {
  const next: Partial<StoryForm> = {}
  for (const [key, value] of Object.entries(fields) as Array<[keyof StoryFields, unknown]>) {
    if (value === undefined) continue
    if (key === 'year' || key === 'people' || key === 'teams' || key === 'durationWeeks') {
      next[key] = numberText(value as number | null)
    } else if (key === 'reach') next.reach = (value as Reach | null) ?? ''
    else if (key === 'metrics') next.metrics = (value as string[]).join('\n')
    else (next as unknown as Record<string, unknown>)[key] = value
  }
  return next
}

export const FIELD_LABELS: Record<FormField, string> = {
  ...STORY_FIELD_LABELS,
  // As the editor labels them, so "Go to Teams involved" names the box the person sees.
  people: 'People involved',
  teams: 'Teams involved',
  // Read inside sentences: "Duration in weeks must be a whole number…".
  durationWeeks: 'Duration in weeks',
}

const TEXT_LIMITS: Partial<Record<FormField, number>> = {
  title: LIMITS.title,
  situation: LIMITS.longText,
  task: LIMITS.longText,
  action: LIMITS.longText,
  result: LIMITS.longText,
  learnings: LIMITS.longText,
  company: LIMITS.shortText,
  role: LIMITS.shortText,
  shortVersion: LIMITS.longText,
}

// A paste up to this many times a field's limit goes in (with an inline note) so it can be trimmed there;
// anything bigger is refused before the text box has to lay it out, which can freeze the window.
const PASTE_ROOM = 5
const METRICS_CEILING = (LIMITS.listItem + 2) * LIMITS.listItems

export function fieldLimit(field: FormField): number | undefined {
  return field === 'metrics' ? METRICS_CEILING : TEXT_LIMITS[field]
}

/** Why a paste that would make a field `resultingLength` long is refused, or null to let it in. */
export function refusedPasteMessage(field: FormField, resultingLength: number): string | null {
  const max = fieldLimit(field)
  if (max === undefined || resultingLength <= max * PASTE_ROOM) return null
  const n = (value: number) => value.toLocaleString('en-US')
  return `That paste was not added: it would make ${FIELD_LABELS[field]} ${n(resultingLength)} characters long, and it holds ${n(max)}. Paste a shorter part, or split it into another story.`
}

export function metricLines(metrics: string): string[] {
  return metrics
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
}

/** What the form can save now, and what it cannot yet. */
export interface FormCheck {
  /**
   * The story to save: every valid field as typed, every invalid one at its last saved value, and
   * fields this form does not edit (added by other editor parts) as saved. Null only if even that fails.
   */
  draft: SaveableFields | null
  /** Fields whose typed text cannot be saved, with why, in form order. */
  errors: FormErrors
  /** Saved, but worth a second look ("Is that right? 1,000,000 people") or how a number was read. */
  notes: FormErrors
  /** True when the draft holds everything typed (no field fell back to its saved value). */
  complete: boolean
}

type Saved = StoryFields & { id: string }

const FORM_FIELDS = [
  'title',
  'situation',
  'task',
  'action',
  'result',
  'learnings',
  'competencies',
  'rejectedCompetencies',
  'tags',
  'company',
  'role',
  'year',
  'people',
  'teams',
  'durationWeeks',
  'reach',
  'metrics',
  'shortVersion',
  'questions',
] as const satisfies readonly FormField[]

/**
 * Checks cheap things first (lengths) so a 10 MB paste is reported at once rather than parsed, then
 * builds what 'stories:save' accepts. An invalid field never holds the others back: it keeps its last
 * saved value in the draft (and its typed text in the form). Nothing is ever cut short.
 */
export function validateForm(form: StoryForm, saved: Saved): FormCheck {
  const errors: FormErrors = {}
  const notes: FormErrors = {}
  for (const [field, max] of Object.entries(TEXT_LIMITS) as Array<[FormField, number]>) {
    const value = form[field] as string
    if (value.length > max) errors[field] = limitMessage(FIELD_LABELS[field], max)
  }
  if (!errors.title && form.title.trim() === '') errors.title = 'A story needs a title.'

  // A metrics box longer than every allowed line together cannot be valid: skip splitting it.
  const metrics = form.metrics.length > METRICS_CEILING ? null : metricLines(form.metrics)
  if (metrics === null || metrics.length > LIMITS.listItems) {
    errors.metrics = `Keep it to ${LIMITS.listItems} metrics, one per line.`
  } else if (metrics.some((line) => line.length > LIMITS.listItem)) {
    errors.metrics = limitMessage('Each metric', LIMITS.listItem)
  }

  const numbers: Partial<Record<NumberField, number | null>> = {}
  for (const field of Object.keys(NUMBER_RANGES) as NumberField[]) {
    const reading = readNumberField(field, FIELD_LABELS[field], form[field])
    if ('error' in reading) errors[field] = reading.error
    else {
      numbers[field] = reading.value
      const note = [reading.note, reading.check].filter(Boolean).join(' ')
      if (note) notes[field] = note
    }
  }

  const typed: Record<string, unknown> = {
    ...form,
    ...numbers,
    reach: REACH_LEVELS.includes(form.reach as Reach) ? (form.reach as Reach) : null,
    metrics: metrics ?? [],
  }
  const build = () => {
    const candidate: Record<string, unknown> = { ...saved }
    for (const field of FORM_FIELDS) if (!errors[field]) candidate[field] = typed[field]
    return StoryDraftSchema.safeParse({ ...candidate, id: saved.id })
  }
  let parsed = build()
  // The schema may still refuse a field the checks above let through (a tag too long, say): mark it
  // and build again with its saved value.
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'title') as FormField
      if ((FORM_FIELDS as readonly string[]).includes(field)) errors[field] ??= issue.message
    }
    parsed = build()
  }
  const ordered: FormErrors = {}
  for (const field of FORM_FIELDS) if (errors[field]) ordered[field] = errors[field]
  return {
    draft: parsed.success ? { ...parsed.data, id: saved.id } : null,
    errors: ordered,
    notes,
    complete: parsed.success && Object.keys(ordered).length === 0,
  }
}

/** Every problem, in form order, for the save status line. */
export function invalidFields(
  errors: FormErrors,
): Array<{ field: FormField; label: string; message: string }> {
  return (Object.entries(errors) as Array<[FormField, string]>).map(([field, message]) => ({
    field,
    label: FIELD_LABELS[field],
    message,
  }))
}
