import { competencyName } from '../competencies/framework'
import { interviewPrep } from '../content'
import { LEVEL_WORDS, REACH_WORDS } from '../scope/wording'
import type { TargetLevel } from '../story/levels'
import type { Story } from '../story/schema'
import { pickStories, type PickReason } from './pick'
import { lensNamesFor } from './presets'
import type { SheetLayout, SheetSpec, PaperSize } from './schema'
import { firstSentence, numberBearingSentence, sentences, trimWords } from './text'

export interface StarBullet {
  label: 'S' | 'T' | 'A' | 'R'
  text: string
}

export interface SheetStory {
  id: string
  title: string
  hook: string
  star: StarBullet[]
  metric: string | null
  learning: string
  /** "several teams · 14 people · 20 weeks". */
  scope: string
}

export interface SheetEntry {
  competency: string
  competencyName: string
  /** The company's names for this competency when the sheet uses a lens ("Ownership", "Dive Deep"). */
  lensNames: string[]
  /** null: no story demonstrates this competency yet. */
  story: SheetStory | null
  reason: PickReason
  smallForLevel: boolean
  /** Stories the person can swap to, best first. */
  alternatives: { id: string; title: string }[]
}

export interface SheetContent {
  heading: string
  subheading: string
  level: TargetLevel
  layout: SheetLayout
  paper: PaperSize
  entries: SheetEntry[]
  beforeTrouble: string[]
  questionsToAsk: string[]
}

/** Words per line kept: one-page must hold eight stories; detailed has room for a sentence more. */
const WORDS = {
  'one-page': {
    hook: 18,
    bullet: { S: 11, T: 9, A: 18, R: 18 },
    learning: 16,
    metric: 12,
    sentencesPerField: 1,
  },
  detailed: {
    hook: 30,
    bullet: { S: 50, T: 40, A: 70, R: 50 },
    learning: 45,
    metric: 20,
    sentencesPerField: 3,
  },
} as const

const STAR_FIELDS = [
  ['S', 'situation'],
  ['T', 'task'],
  ['A', 'action'],
  ['R', 'result'],
] as const

function scopeLine(story: Story): string {
  const parts = [
    story.reach ? REACH_WORDS[story.reach] : '',
    story.teams ? `${story.teams} ${story.teams === 1 ? 'team' : 'teams'}` : '',
    story.people ? `${story.people} people` : '',
    story.durationWeeks ? `${story.durationWeeks} weeks` : '',
    story.year ? String(story.year) : '',
  ]
  return parts.filter(Boolean).join(' · ')
}

export function sheetStory(story: Story, layout: SheetLayout): SheetStory {
  const words = WORDS[layout]
  const hookSource = firstSentence(story.result) || firstSentence(story.situation) || story.title
  const hook = trimWords(hookSource, words.hook)
  const star: StarBullet[] = []
  for (const [label, field] of STAR_FIELDS) {
    // The hook already says the first result sentence aloud; the R bullet carries the next one.
    const all = sentences(story[field])
    const skip = label === 'R' && all[0] === hookSource ? 1 : 0
    const text = all.slice(skip, skip + words.sentencesPerField).join(' ')
    if (text) star.push({ label, text: trimWords(text, words.bullet[label]) })
  }
  const metricSource =
    story.metrics.find((m) => m.trim().length > 0) ??
    numberBearingSentence(story.result) ??
    numberBearingSentence(story.action)
  return {
    id: story.id,
    title: story.title,
    hook,
    star,
    metric: metricSource ? trimWords(metricSource, words.metric) : null,
    learning: trimWords(
      layout === 'detailed'
        ? sentences(story.learnings).slice(0, 2).join(' ')
        : firstSentence(story.learnings),
      words.learning,
    ),
    scope: scopeLine(story),
  }
}

function titleFor(spec: SheetSpec): { heading: string; subheading: string } {
  const heading = [spec.role.trim(), spec.company.trim()].filter(Boolean).join(' at ') || 'Interview'
  return { heading, subheading: `${LEVEL_WORDS[spec.level]} level` }
}

/** Everything a sheet shows, regenerated from the stories as they are now. Pure. */
export function buildCheatSheet(spec: SheetSpec, stories: readonly Story[]): SheetContent {
  const picks = pickStories({
    stories,
    level: spec.level,
    competencies: spec.competencies,
    picks: spec.picks,
  })
  const entries: SheetEntry[] = picks.map((pick) => ({
    competency: pick.competency,
    competencyName: competencyName(pick.competency),
    lensNames: lensNamesFor(spec.lens, pick.competency),
    story: pick.story ? sheetStory(pick.story, spec.layout) : null,
    reason: pick.reason,
    smallForLevel: pick.smallForLevel,
    alternatives: pick.candidates.map((story) => ({ id: story.id, title: story.title })),
  }))
  const questions = spec.questionsToAsk.map((q) => q.trim()).filter(Boolean)
  return {
    ...titleFor(spec),
    level: spec.level,
    layout: spec.layout,
    paper: spec.paper,
    entries,
    beforeTrouble: interviewPrep.beforeTrouble.map((item) => item.label),
    questionsToAsk: questions,
  }
}

/** A sheet starts with a few good questions; the person edits them per interview. */
export function defaultQuestions(count = 4): string[] {
  return interviewPrep.questionsToAsk.slice(0, count)
}
